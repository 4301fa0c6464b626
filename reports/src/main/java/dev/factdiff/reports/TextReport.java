package dev.factdiff.reports;

import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.text.InvisibleCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report an editor reads in a terminal: findings grouped by severity (errors first; in reading order, one list
 * with each finding's severity, when the report is in that order), each with its rule,
 * category, message, both excerpts with the changed words marked, evidence and suggestion, and for a change
 * repeated through the document its count ("×6") and further places; then the rules that failed and a summary
 * line. With {@link Style#ANSI} the changed words are coloured; with {@link Style#PLAIN}
 * they are marked {@code [-removed-]} and {@code {+added+}}.
 */
public final class TextReport {
  /** Excerpts longer than this, with nothing to compare them to, are shortened in the middle. */
  private static final int LONG_EXCERPT = 400;

  private final Style style;

  public TextReport(Style style) {
    this.style = style;
  }

  /** How changed words are shown. */
  public enum Style {
    PLAIN("[-", "-]", "{+", "+}", "", ""),
    ANSI("\u001b[1;31m", "\u001b[0m", "\u001b[1;32m", "\u001b[0m", "\u001b[1m", "\u001b[0m");

    private final String removedOpen;
    private final String removedClose;
    private final String addedOpen;
    private final String addedClose;
    private final String headingOpen;
    private final String headingClose;

    Style(String removedOpen, String removedClose, String addedOpen, String addedClose, String headingOpen,
        String headingClose) {
      this.removedOpen = removedOpen;
      this.removedClose = removedClose;
      this.addedOpen = addedOpen;
      this.addedClose = addedClose;
      this.headingOpen = headingOpen;
      this.headingClose = headingClose;
    }
  }

  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(style.headingOpen)
        .append(report.tool().name())
        .append(' ')
        .append(report.tool().version())
        .append(": ")
        .append(report.original().name())
        .append(" -> ")
        .append(report.revised().name())
        .append(style.headingClose)
        .append('\n');
    if (report.findings().isEmpty()) {
      out.append("\nNo findings.\n");
    }
    int number = 0;
    if (report.order() == FindingOrder.READING && !report.findings().isEmpty()) {
      appendHeading(out, "FINDINGS IN READING ORDER", report.findings().size());
      for (Finding finding : report.findings()) {
        appendFinding(out, ++number, finding, report, true);
      }
    } else {
      for (Severity severity : Report.SEVERITIES_MOST_SEVERE_FIRST) {
        List<Finding> findings = report.findings(severity);
        if (!findings.isEmpty()) {
          appendHeading(out, heading(severity), findings.size());
          for (Finding finding : findings) {
            appendFinding(out, ++number, finding, report, false);
          }
        }
      }
    }
    if (!report.processingErrors().isEmpty()) {
      out.append('\n')
          .append(style.headingOpen)
          .append("RULES THAT FAILED (")
          .append(report.processingErrors().size())
          .append(')')
          .append(style.headingClose)
          .append('\n');
      for (ProcessingError error : report.processingErrors()) {
        out.append("  ").append(error.rule()).append(": ").append(oneLine(error.message())).append('\n');
      }
    }
    out.append('\n').append(report.summary().line());
    if (report.blocked()) {
      out.append(" - blocked (fail on ").append(report.gate().id()).append(')');
    }
    // Invisible characters of the articles shown by their code points: a bidirectional control in an excerpt
    // would reorder the terminal's line, and a zero-width space hide a difference between two names.
    return InvisibleCharacters.show(out.append('\n').toString());
  }

  private void appendHeading(StringBuilder out, String title, int count) {
    out.append('\n')
        .append(style.headingOpen)
        .append(title)
        .append(" (")
        .append(count)
        .append(')')
        .append(style.headingClose)
        .append('\n');
  }

  private void appendFinding(StringBuilder out, int number, Finding finding, Report report, boolean withSeverity) {
    out.append("\n  ")
        .append(number)
        .append(". ")
        .append(withSeverity ? finding.severity().id().toUpperCase(Locale.ROOT) + " " : "")
        .append(finding.category().name())
        .append(" [")
        .append(finding.ruleId())
        .append("]")
        .append(finding.occurrences() > 1 ? " \u00d7" + finding.occurrences() : "")
        .append(where(finding.original(), finding.revised(), report))
        .append("\n     ")
        .append(oneLine(finding.message()))
        .append('\n');
    Optional<Excerpts.Shown[]> shown = Excerpts.of(finding, report);
    if (shown.isPresent()) {
      out.append("     original: ").append(marked(shown.get()[0], style.removedOpen, style.removedClose)).append('\n');
      out.append("     revised:  ").append(marked(shown.get()[1], style.addedOpen, style.addedClose)).append('\n');
    } else {
      Optional<WordDiff> diff =
          finding.original().isPresent() && finding.revised().isPresent()
              ? Optional.of(diff(finding.original().get(), finding.revised().get()))
              : Optional.empty();
      finding.original().ifPresent(e -> out.append("     original: ")
          .append(diff.map(d -> marked(new Excerpts.Shown(e.text(), d.originalChanges()), style.removedOpen,
              style.removedClose)).orElseGet(() -> shortened(e.text())))
          .append('\n'));
      finding.revised().ifPresent(e -> out.append("     revised:  ")
          .append(diff.map(d -> marked(new Excerpts.Shown(e.text(), d.revisedChanges()), style.addedOpen,
              style.addedClose)).orElseGet(() -> shortened(e.text())))
          .append('\n'));
    }
    if (!finding.evidence().isEmpty()) {
      out.append("     evidence: ");
      String separator = "";
      for (Map.Entry<String, String> entry : finding.evidence().entrySet()) {
        out.append(separator).append(entry.getKey()).append('=').append(oneLine(entry.getValue()));
        separator = "; ";
      }
      out.append('\n');
    }
    finding.suggestion().ifPresent(s -> out.append("     suggestion: ").append(oneLine(s)).append('\n'));
    for (Finding.Place place : finding.places()) {
      out.append("     also at").append(where(place.original(), place.revised(), report));
      String words = words(place);
      if (!words.equals(words(finding.allPlaces().get(0)))) {
        out.append(": ").append(words);
      }
      out.append('\n');
    }
  }

  /** " (original line 4, revised line 5)": where an editor finds a place in each file's text. */
  private static String where(Optional<Excerpt> original, Optional<Excerpt> revised, Report report) {
    List<String> places = new ArrayList<>();
    original.ifPresent(e -> places.add("original line " + report.original().lineOf(e.span().start())));
    revised.ifPresent(e -> places.add("revised line " + report.revised().lineOf(e.span().start())));
    return " (" + String.join(", ", places) + ")";
  }

  /** A further place's words, shown where they are written otherwise than at the first place ("Doctors"). */
  private static String words(Finding.Place place) {
    return place.original().map(e -> shortened(e.text())).orElse("")
        + " -> "
        + place.revised().map(e -> shortened(e.text())).orElse("");
  }

  private static WordDiff diff(Excerpt original, Excerpt revised) {
    return WordDiff.between(
        original.text(), Span.of(0, original.text().length()), revised.text(), Span.of(0, revised.text().length()));
  }

  private static String marked(Excerpts.Shown shown, String open, String close) {
    String text = shown.text();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span change : shown.changes()) {
      out.append(text, at, change.start()).append(open).append(change.of(text)).append(close);
      at = change.end();
    }
    return oneLine(out.append(text.substring(at)).toString());
  }

  private static String shortened(String text) {
    String line = oneLine(text);
    if (line.length() <= LONG_EXCERPT) {
      return line;
    }
    int half = LONG_EXCERPT / 2;
    return line.substring(0, half).stripTrailing() + " ... " + line.substring(line.length() - half).stripLeading();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String heading(Severity severity) {
    return severity == Severity.INFO ? "INFO" : severity.id().toUpperCase(Locale.ROOT) + "S";
  }
}
