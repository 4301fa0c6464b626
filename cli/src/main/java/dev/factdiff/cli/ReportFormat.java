package dev.factdiff.cli;

import dev.factdiff.reports.Report;
import dev.factdiff.reports.Rendering;

/** The report formats {@code --format} names (in lower case, as typed). */
enum ReportFormat {
  text(Rendering.TEXT),
  json(Rendering.JSON),
  html(Rendering.HTML),
  sarif(Rendering.SARIF);

  private final Rendering rendering;

  ReportFormat(Rendering rendering) {
    this.rendering = rendering;
  }

  /** The file name extension of a report in this format, without the dot. */
  String extension() {
    return rendering.extension();
  }

  String render(Report report, boolean colour) {
    return rendering.render(report, colour);
  }
}
