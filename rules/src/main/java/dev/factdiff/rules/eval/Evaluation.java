package dev.factdiff.rules.eval;

import dev.factdiff.rules.engine.CheckOutcome;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.json.FindingView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the checker on annotated cases in one JVM and scores the findings as the independent scorer does. What
 * {@code factdiff eval} does, minus the printing.
 */
public final class Evaluation {

  private final Checker checker;

  public Evaluation(Checker checker) {
    this.checker = checker;
  }

  /** The cases of these files (each a .jsonl of cases, an expected-findings.json or its folder), filtered. */
  public static List<EvalCase> cases(List<Path> files, EvalSettings settings) {
    List<EvalCase> selected = new ArrayList<>();
    for (Path file : files) {
      List<EvalCase> cases =
          EvalCases.load(file).stream()
              .filter(c -> settings.sources().isEmpty() || settings.sources().contains(c.source()))
              .toList();
      int limit = settings.limit().orElse(Integer.MAX_VALUE);
      selected.addAll(cases.subList(0, Math.min(limit, cases.size())));
    }
    return selected;
  }

  public EvalOutcome runFiles(List<Path> files, EvalSettings settings) {
    return run(cases(files, settings), settings);
  }

  public EvalOutcome run(List<EvalCase> cases, EvalSettings settings) {
    return run(cases, settings, () -> {});
  }

  /** Likewise, calling {@code onCaseChecked} (from any worker thread) as each case is checked: for progress. */
  public EvalOutcome run(List<EvalCase> cases, EvalSettings settings, Runnable onCaseChecked) {
    List<CaseResult> results = checkAll(cases, settings.threads(), onCaseChecked);
    List<CaseScore> scores = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      CaseResult result = results.get(i);
      String id = cases.get(i).id();
      scores.add(Scorer.score(cases.get(i), result.findings()));
      result.failures().forEach(f -> failures.add(id + ": " + f));
    }
    settings.findingsOut().ifPresent(path -> writeFindings(path, cases, results));
    EvalReport report = new EvalReport(scores);
    List<String> violations = settings.thresholds().violations(report);
    return new EvalOutcome(
        report, violations, failures, violations.isEmpty() ? EvalOutcome.PASSED : EvalOutcome.BELOW_THRESHOLD);
  }

  /** One case's findings in JSON form and what failed while checking it. */
  private record CaseResult(List<FindingView> findings, List<String> failures) {}

  private List<CaseResult> checkAll(List<EvalCase> cases, int threads, Runnable onCaseChecked) {
    if (threads == 1) {
      return cases.stream().map(c -> check(c, onCaseChecked)).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CaseResult>> futures = new ArrayList<>();
      for (EvalCase c : cases) {
        futures.add(pool.submit(() -> check(c, onCaseChecked)));
      }
      List<CaseResult> results = new ArrayList<>();
      for (Future<CaseResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private CaseResult check(EvalCase c, Runnable onCaseChecked) {
    try {
      return check(c);
    } finally {
      onCaseChecked.run();
    }
  }

  private CaseResult check(EvalCase c) {
    try {
      CheckOutcome outcome = checker.check(c.id() + "/original", c.original(), c.id() + "/revised", c.revised());
      List<String> failures = outcome.failures().stream().map(f -> f.ruleId() + ": " + f.message()).toList();
      return new CaseResult(outcome.findings().stream().map(FindingView::of).toList(), failures);
    } catch (RuntimeException e) {
      return new CaseResult(List.of(), List.of("the check failed: " + e));
    }
  }

  private static void writeFindings(Path path, List<EvalCase> cases, List<CaseResult> results) {
    List<CaseFindings> lines = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      lines.add(new CaseFindings(cases.get(i).id(), results.get(i).findings()));
    }
    FindingsFile.write(path, lines);
  }
}
