package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.meaning.MeaningUnavailableException;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.EngineResult;
import dev.factdiff.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift rule's evidence, and what happens when the meaning model is missing or broken. */
class MeaningDriftTest {

  private static final String ORIGINAL = "Exports rose sharply in the first half of last year, the ministry said.";
  private static final String REVISED = "According to the ministry, exports fell steeply in the first half of last year.";

  private static Alignment align(Aligner aligner) {
    return aligner.align(TestParser.get().parse("original", ORIGINAL), TestParser.get().parse("revised", REVISED));
  }

  @Test
  void aReversalRewordedIsReportedWithTheSimilarityAndTheDifferingWords() {
    List<Finding> findings = new MeaningDrift().check(align(TestMeaning.aligner()), RuleConfiguration.defaults());

    assertEquals(1, findings.size(), findings.toString());
    Finding drift = findings.get(0);
    assertTrue(Double.parseDouble(drift.evidence().get("meaning similarity")) < 0.75, drift.toString());
    assertTrue(drift.evidence().get("original words").contains("rose"), drift.toString());
    assertTrue(drift.evidence().get("revised words").contains("fell"), drift.toString());
  }

  @Test
  void withoutAModelNothingIsReported() {
    assertEquals(List.of(), new MeaningDrift().check(align(new Aligner()), RuleConfiguration.defaults()));
  }

  @Test
  void aBrokenModelIsAProcessingErrorAndTheOtherRulesRun() {
    Aligner broken =
        new Aligner(
            texts -> {
              throw new MeaningUnavailableException("no model", new IllegalStateException());
            });

    EngineResult result = RuleEngine.withBuiltInRules(RuleConfiguration.defaults()).run(align(broken));

    assertEquals(List.of("MEANING_DRIFT"), result.failures().stream().map(f -> f.ruleId()).toList());
    assertTrue(result.failures().get(0).message().contains("meaning model is unavailable"), result.failures().toString());
    // Everything else is judged as without a model: by the words alone.
    assertEquals(
        RuleEngine.withBuiltInRules(RuleConfiguration.defaults()).run(align(new Aligner())).findings(),
        result.findings());
  }
}
