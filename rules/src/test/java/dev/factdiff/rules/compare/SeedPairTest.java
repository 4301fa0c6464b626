package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.eval.CaseScore;
import dev.factdiff.rules.eval.EvalOutcome;
import dev.factdiff.rules.eval.EvalSettings;
import dev.factdiff.rules.eval.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed pair through the evaluation machinery, with every built-in rule and the cross-version rules: all
 * 19 expected findings at their severity, nothing in a must_not place, and no other warning or error.
 */
class SeedPairTest {

  static List<Rule> allRules() {
    return BuiltInRules.all();
  }

  static Evaluation evaluation() {
    Aligner aligner = TestMeaning.aligner();
    return new Evaluation(
        new Checker(TestParser.get(), aligner::align, RuleEngine.of(allRules(), RuleConfiguration.defaults())));
  }

  @Test
  void seedPairMeetsItsExpectations() {
    EvalOutcome outcome = evaluation().runFiles(List.of(Seeds.dir()), EvalSettings.DEFAULT);
    CaseScore seed = outcome.report().cases().get(0);
    assertEquals(List.of(), seed.misses(), "missed expected findings");
    assertEquals(List.of(), seed.falseAlarms(), "false alarms");
    assertEquals(19, outcome.report().expected());
    assertEquals(19, outcome.report().hits());
    assertTrue(outcome.failures().isEmpty(), "rule failures: " + outcome.failures());
  }
}
