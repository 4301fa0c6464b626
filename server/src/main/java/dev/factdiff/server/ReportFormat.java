package dev.factdiff.server;

import dev.factdiff.reports.Rendering;
import dev.factdiff.reports.Report;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats a request may ask for, each with its renderer and media type. */
enum ReportFormat {
  JSON(Rendering.JSON),
  HTML(Rendering.HTML),
  SARIF(Rendering.SARIF);

  private final Rendering rendering;

  ReportFormat(Rendering rendering) {
    this.rendering = rendering;
  }

  String mediaType() {
    return rendering.mediaType();
  }

  String render(Report report) {
    return rendering.render(report, false);
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ReportFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.id().equals(name)).findFirst();
  }

  /** "json, html, sarif": what a 400 for an unknown format lists. */
  static String accepted() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * The format an {@code Accept} header prefers when the body names none: HTML only when the client lists
   * {@code text/html} before any JSON type, so that a browser gets the page and an API client the JSON.
   */
  static ReportFormat fromAccept(String accept) {
    if (accept == null) {
      return JSON;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    int html = lower.indexOf("text/html");
    int json = lower.indexOf("json");
    return html >= 0 && (json < 0 || html < json) ? HTML : JSON;
  }
}
