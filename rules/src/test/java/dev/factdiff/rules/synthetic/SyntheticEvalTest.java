package dev.factdiff.rules.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.eval.EvalOutcome;
import dev.factdiff.rules.eval.EvalReport;
import dev.factdiff.rules.eval.EvalSettings;
import dev.factdiff.rules.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generates the synthetic cases into {@code target/synthetic-cases.jsonl}, runs them through the evaluation
 * (what {@code factdiff eval} runs) and holds every injected kind of edit to a recall of 0.90, with at most 0.10
 * false alarms per case. The findings go to {@code target/synthetic-findings.jsonl} for score-findings.py.
 */
class SyntheticEvalTest {

  private static final double RECALL = 0.90;
  private static final double FALSE_ALARMS_PER_CASE = 0.10;

  @Test
  void injectedEditsAreFoundAndBenignOnesPass() throws Exception {
    Path dir = Files.createDirectories(Path.of("target"));
    Path cases = dir.resolve("synthetic-cases.jsonl");
    SyntheticCases.write(cases);
    Aligner aligner = TestMeaning.aligner();
    Evaluation evaluation =
        new Evaluation(
            new Checker(TestParser.get(), aligner::align, RuleEngine.of(CaseRunner.rules(), RuleConfiguration.defaults())));
    EvalSettings settings =
        new EvalSettings(
            Set.of(), OptionalInt.empty(), Optional.of(dir.resolve("synthetic-findings.jsonl")),
            EvalSettings.DEFAULT.thresholds(), 1);
    EvalOutcome outcome = evaluation.run(Evaluation.cases(List.of(cases), settings), settings);
    EvalReport report = outcome.report();
    System.out.println(report.format(true));
    for (Map.Entry<String, int[]> category : report.byCategory().entrySet()) {
      assertTrue(
          report.recall(category.getKey()) >= RECALL,
          category.getKey() + " recall " + report.recall(category.getKey()) + ":\n" + report.format(false));
    }
    assertTrue(
        report.falseAlarmsPerCase() <= FALSE_ALARMS_PER_CASE,
        "false alarms per case " + report.falseAlarmsPerCase() + ":\n" + report.format(false));
    assertTrue(report.expected() >= 100, "too few injected edits: " + report.expected());
  }
}
