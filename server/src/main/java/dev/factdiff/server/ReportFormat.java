package dev.factdiff.server;

import dev.factdiff.reports.HtmlReport;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.SarifReport;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats a request may ask for, each with its renderer and media type. */
enum ReportFormat {
  JSON("application/json; charset=utf-8"),
  HTML("text/html; charset=utf-8"),
  SARIF("application/sarif+json; charset=utf-8");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  String render(Report report) {
    return switch (this) {
      case JSON -> new JsonReport().render(report);
      case HTML -> new HtmlReport().render(report);
      case SARIF -> new SarifReport(BuiltInRules.all().stream().map(Rule::info).toList()).render(report);
    };
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
