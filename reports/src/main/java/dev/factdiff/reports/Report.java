package dev.factdiff.reports;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a renderer shows about one check: the tool, both inputs, how their paragraphs line up, the findings
 * in the order asked, the rules that failed, and whether the gate blocks publication. Immutable; renderers are
 * pure functions of it.
 *
 * @param findings sorted by {@code order}: most severe first by default, and within a severity by position (in
 *     the revision where the finding has a place there, else in the original), then rule id and message, so that
 *     output is deterministic
 */
public record Report(
    Tool tool,
    ReportSource original,
    ReportSource revised,
    List<ParagraphRow> rows,
    List<Finding> findings,
    List<ProcessingError> processingErrors,
    Gate gate,
    int baselined,
    FindingOrder order) {

  static final List<Severity> SEVERITIES_MOST_SEVERE_FIRST = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

  /** Reading order: position, then rule id, then message. */
  public static final Comparator<Finding> READING_ORDER =
      Comparator.comparingInt(Report::position)
          .thenComparingInt(f -> f.original().map(e -> e.span().start()).orElse(-1))
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Report {
    rows = List.copyOf(rows);
    findings = findings.stream().sorted(order.comparator()).toList();
    processingErrors =
        processingErrors.stream()
            .sorted(Comparator.comparing(ProcessingError::rule).thenComparing(ProcessingError::message))
            .toList();
    if (baselined < 0) {
      throw new IllegalArgumentException("negative baselined count: " + baselined);
    }
  }

  /** A report in triage order: most severe first. */
  public Report(
      Tool tool,
      ReportSource original,
      ReportSource revised,
      List<ParagraphRow> rows,
      List<Finding> findings,
      List<ProcessingError> processingErrors,
      Gate gate,
      int baselined) {
    this(tool, original, revised, rows, findings, processingErrors, gate, baselined, FindingOrder.TRIAGE);
  }

  /** The same report with its findings in {@code newOrder}. */
  public Report inOrder(FindingOrder newOrder) {
    return new Report(tool, original, revised, rows, findings, processingErrors, gate, baselined, newOrder);
  }

  public Summary summary() {
    return Summary.of(findings, baselined, processingErrors.size());
  }

  public boolean blocked() {
    return gate.blocks(findings);
  }

  /** The findings of one severity, in the report's order (within a severity, both orders are reading order). */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  private static int position(Finding f) {
    return f.revised().or(f::original).map(e -> e.span().start()).orElse(0);
  }
}
