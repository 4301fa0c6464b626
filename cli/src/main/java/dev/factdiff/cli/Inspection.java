package dev.factdiff.cli;

import dev.factdiff.core.input.LanguageDetection;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.reports.ParagraphRows;
import dev.factdiff.reports.ProcessingError;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.ReportSource;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.engine.CheckOutcome;
import dev.factdiff.rules.engine.Checker;
import java.util.List;

/** Checks two inputs and builds the report: the one path that both {@code check} and {@code serve} take. */
final class Inspection {
  private final Checker checker;
  private final Tool tool;
  private final Limits limits;
  private final LanguageDetection languages = LanguageDetection.create();

  Inspection(Checker checker, Tool tool) {
    this(checker, tool, Limits.DEFAULT);
  }

  Inspection(Checker checker, Tool tool, Limits limits) {
    this.checker = checker;
    this.tool = tool;
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  /**
   * The report, and every finding before the baseline and the severity floor took theirs (what
   * {@code --write-baseline} records).
   */
  record Result(Report report, List<Finding> allFindings) {
    Result {
      allFindings = List.copyOf(allFindings);
    }
  }

  /**
   * Raises {@link dev.factdiff.core.input.InputException} for a pair that is not English on both sides (unless
   * the options assume it is), before anything is parsed.
   */
  Result run(Input original, Input revised, CheckOptions options) {
    if (!options.assumeEnglish()) {
      languages.requireEnglish(original.source(), revised.source());
    }
    CheckOutcome outcome = checker.check(original.source(), revised.source(), limits);
    List<Finding> all = outcome.findings();
    List<Finding> notBaselined = all.stream().filter(f -> !options.baseline().contains(f)).toList();
    List<Finding> reported =
        notBaselined.stream().filter(f -> f.severity().atLeast(options.minSeverity())).toList();
    Report report =
        new Report(
            tool,
            ReportSource.of(outcome.original(), original.sha256(), original.format(), original.source().encoding()),
            ReportSource.of(outcome.revised(), revised.sha256(), revised.format(), revised.source().encoding()),
            ParagraphRows.of(outcome.alignment()),
            reported,
            outcome.failures().stream().map(f -> new ProcessingError(f.ruleId(), f.message())).toList(),
            options.gate(),
            all.size() - notBaselined.size());
    return new Result(report, all);
  }
}
