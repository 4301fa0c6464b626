package dev.factdiff.cli;

import dev.factdiff.reports.HtmlReport;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.TextReport;

/** The report formats {@code --format} names. */
enum ReportFormat {
  text,
  json,
  html;

  String render(Report report, boolean colour) {
    switch (this) {
      case json:
        return new JsonReport().render(report);
      case html:
        return new HtmlReport().render(report);
      default:
        return new TextReport(colour ? TextReport.Style.ANSI : TextReport.Style.PLAIN).render(report);
    }
  }
}
