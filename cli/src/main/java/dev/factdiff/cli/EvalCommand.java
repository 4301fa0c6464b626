package dev.factdiff.cli;

import dev.factdiff.rules.Category;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.ConfigurationException;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.eval.EvalCase;
import dev.factdiff.rules.eval.EvalException;
import dev.factdiff.rules.eval.EvalOutcome;
import dev.factdiff.rules.eval.EvalSettings;
import dev.factdiff.rules.eval.Evaluation;
import dev.factdiff.rules.eval.Thresholds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdiff eval CASES...}: runs the checker on annotated cases and prints recall by category, false alarms
 * per case and every miss and false alarm; exits 1 when a threshold is not met, 2 when the input is unusable.
 */
@Command(
    name = "eval",
    description = {
      "Measure the checker on annotated cases: recall by category, false alarms per case, misses and false alarms.",
      "CASES: an expected-findings.json with its two articles beside it (or its folder), or a .jsonl file of cases."
    },
    mixinStandardHelpOptions = true)
public final class EvalCommand implements Callable<Integer> {

  static final int UNUSABLE_INPUT = 2;

  @Parameters(paramLabel = "CASES", arity = "1..*", description = "Case files: .jsonl, expected-findings.json or its folder.")
  List<Path> cases;

  @Option(names = "--config", paramLabel = "FILE", description = "Rule configuration (YAML or JSON) over the defaults.")
  Path config;

  @Option(names = "--min-recall", paramLabel = "R", description = "Exit 1 when overall recall is below R (0 to 1).")
  Double minRecall;

  @Option(
      names = "--max-false-alarms-per-case",
      paramLabel = "N",
      description = "Exit 1 when there are more than N false alarms per case on average.")
  Double maxFalseAlarmsPerCase;

  @Option(
      names = "--min-category-recall",
      paramLabel = "CATEGORY=R",
      description = "Exit 1 when a category's recall is below R; repeatable, e.g. NUMBER_MISMATCH=0.9.")
  Map<String, Double> minCategoryRecall = new LinkedHashMap<>();

  @Option(
      names = "--findings-out",
      paramLabel = "FILE",
      description = "Write one line a case {\"id\", \"findings\"} for shared/tools/score-findings.py.")
  Path findingsOut;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N cases of each file (after --source).")
  Integer limit;

  @Option(names = "--source", paramLabel = "NAME", split = ",", description = "Only cases of these sources (demetr, bump, ...).")
  List<String> sources = List.of();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Cases checked at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "Print the figures only, not each case's misses and false alarms.")
  boolean quiet;

  @Option(names = "--no-progress", description = "No progress on standard error.")
  boolean noProgress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Thresholds thresholds = thresholds();
      RuleConfiguration configuration = config == null ? RuleConfiguration.defaults() : RuleConfiguration.load(config, BuiltInRules.all());
      EvalSettings settings =
          new EvalSettings(
              Set.copyOf(sources),
              limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
              Optional.ofNullable(findingsOut),
              thresholds,
              threads);
      List<EvalCase> selected = Evaluation.cases(cases, settings);
      Progress progress =
          noProgress ? null : Progress.onStandardError(err, "factdiff eval", "cases", selected.size());
      EvalOutcome outcome;
      try {
        outcome = new Evaluation(Checker.create(configuration))
            .run(selected, settings, progress == null ? () -> {} : progress::step);
      } finally {
        if (progress != null) {
          progress.close();
        }
      }
      out.print(outcome.report().format(quiet));
      out.flush();
      outcome.failures().forEach(f -> err.println("failed: " + f));
      outcome.violations().forEach(v -> err.println("below threshold: " + v));
      err.flush();
      return outcome.exitStatus();
    } catch (ConfigurationException | EvalException | IllegalArgumentException e) {
      err.println("factdiff eval: " + e.getMessage());
      err.flush();
      return UNUSABLE_INPUT;
    }
  }

  private Thresholds thresholds() {
    for (String category : minCategoryRecall.keySet()) {
      try {
        Category.valueOf(category);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--min-category-recall: '" + category + "' is not a category", e);
      }
    }
    return new Thresholds(
        minRecall == null ? OptionalDouble.empty() : OptionalDouble.of(minRecall),
        maxFalseAlarmsPerCase == null ? OptionalDouble.empty() : OptionalDouble.of(maxFalseAlarmsPerCase),
        minCategoryRecall);
  }
}
