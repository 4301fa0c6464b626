package dev.factdiff.rules.eval;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.testing.SharedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScratchEvalRun {
  @Test
  void run() {
    Checker checker = new Checker(TestParser.get(), (a, b) -> new Alignment(a, b, List.of()), RuleEngine.withBuiltInRules(RuleConfiguration.defaults()));
    long t = System.nanoTime();
    EvalOutcome o = new Evaluation(checker).runFiles(
        List.of(SharedFiles.eval("bump-task2.jsonl"), SharedFiles.eval("summedits-evaluation.jsonl"), SharedFiles.eval("demetr-flores.jsonl")),
        new EvalSettings(Set.of(), OptionalInt.empty(), Optional.of(Path.of("/tmp/scratch/findings.jsonl")), Thresholds.NONE, 2));
    System.out.println(o.report().format(false));
    System.out.println("seconds " + (System.nanoTime() - t) / 1e9 + " failures " + o.failures());
  }
}
