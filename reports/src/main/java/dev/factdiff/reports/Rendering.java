package dev.factdiff.reports;

import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;

/**
 * The renderers of a {@link Report}, with what a file or an HTTP answer in each format needs: one place that
 * knows how each format is made, for the command line and the service alike.
 */
public enum Rendering {
  TEXT("txt", "text/plain; charset=utf-8"),
  JSON("json", "application/json; charset=utf-8"),
  HTML("html", "text/html; charset=utf-8"),
  SARIF("sarif", "application/sarif+json; charset=utf-8");

  private final String extension;
  private final String mediaType;

  Rendering(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension of a report in this format, without the dot. */
  public String extension() {
    return extension;
  }

  /** The HTTP media type of a report in this format. */
  public String mediaType() {
    return mediaType;
  }

  /** The report in this format; {@code colour} only matters to text (ANSI colours for a terminal). */
  public String render(Report report, boolean colour) {
    return switch (this) {
      case TEXT -> new TextReport(colour ? TextReport.Style.ANSI : TextReport.Style.PLAIN).render(report);
      case JSON -> new JsonReport().render(report);
      case HTML -> new HtmlReport().render(report);
      case SARIF -> new SarifReport(BuiltInRules.all().stream().map(Rule::info).toList()).render(report);
    };
  }
}
