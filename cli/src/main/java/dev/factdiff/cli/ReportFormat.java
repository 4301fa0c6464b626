package dev.factdiff.cli;

import dev.factdiff.reports.HtmlReport;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.SarifReport;
import dev.factdiff.reports.TextReport;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;

/** The report formats {@code --format} names. */
enum ReportFormat {
  text("txt"),
  json("json"),
  html("html"),
  sarif("sarif");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension of a report in this format, without the dot. */
  String extension() {
    return extension;
  }

  String render(Report report, boolean colour) {
    switch (this) {
      case json:
        return new JsonReport().render(report);
      case html:
        return new HtmlReport().render(report);
      case sarif:
        return new SarifReport(BuiltInRules.all().stream().map(Rule::info).toList()).render(report);
      default:
        return new TextReport(colour ? TextReport.Style.ANSI : TextReport.Style.PLAIN).render(report);
    }
  }
}
