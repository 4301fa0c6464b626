package dev.factdiff.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Word-pairing findings in a freely reworded pair the meaning model judges equivalent drop to info, visibly. */
class BenignRewordingTest {

  /** "not damaged" rendered as "left intact": NEGATION_FLIP sees a dropped negation. */
  private static final String ORIGINAL = "Villagers said the floods had not damaged the old stone bridge over the river.";

  private static final String REVISED =
      "According to villagers, the floods left the old stone bridge across the river intact.";

  /** The same pair, as measured: the model puts the two renderings 0.78 apart, a little below the default. */
  private static final RuleConfiguration EQUIVALENT_FROM_075 =
      RuleConfiguration.parse(
          "test.yaml", "rules:\n  MEANING_DRIFT:\n    options: {equivalentAbove: 0.75}\n", BuiltInRules.all());

  private static Alignment align(Aligner aligner) {
    return aligner.align(TestParser.get().parse("original", ORIGINAL), TestParser.get().parse("revised", REVISED));
  }

  private static Finding negationFlip(Alignment alignment, RuleConfiguration configuration) {
    List<Finding> flips =
        RuleEngine.withBuiltInRules(configuration).run(alignment).findings().stream()
            .filter(f -> f.ruleId().equals("NEGATION_FLIP"))
            .toList();
    assertEquals(1, flips.size(), flips.toString());
    return flips.get(0);
  }

  @Test
  void aWordFindingInAnEquivalentRewordingDropsToInfoWithItsEvidence() {
    Alignment alignment = align(TestMeaning.aligner());
    Meaning meaning = alignment.pairs().get(0).meaning();
    assertEquals(Meaning.Basis.MODEL, meaning.basis());
    assertTrue(meaning.similarity() >= 0.75 && meaning.similarity() < 0.8, meaning.toString());

    Finding lowered = negationFlip(alignment, EQUIVALENT_FROM_075);

    assertEquals(Severity.INFO, lowered.severity());
    assertEquals("error", lowered.evidence().get("lowered from"));
    assertEquals(String.format(Locale.ROOT, "%.2f", meaning.similarity()), lowered.evidence().get("meaning similarity"));
  }

  @Test
  void belowTheThresholdOrWithoutTheModelTheFindingStands() {
    assertEquals(Severity.ERROR, negationFlip(align(TestMeaning.aligner()), RuleConfiguration.defaults()).severity());
    assertEquals(Severity.ERROR, negationFlip(align(new Aligner()), EQUIVALENT_FROM_075).severity());
  }

  @Test
  void aCloseEditIsNeverLowered() {
    Alignment close =
        TestMeaning.aligner()
            .align(
                TestParser.get().parse("original", "Villagers said the floods had not damaged the old stone bridge."),
                TestParser.get().parse("revised", "Villagers said the floods had damaged the old stone bridge."));
    assertEquals(Meaning.Basis.CLOSE_WORDING, close.pairs().get(0).meaning().basis());
    assertEquals(Severity.ERROR, negationFlip(close, EQUIVALENT_FROM_075).severity());
  }
}
