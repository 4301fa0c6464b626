package dev.factdiff.reports;

import com.google.common.hash.Hashing;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reports built by hand from two short texts, for renderer tests that need no parser. */
final class SampleReports {
  static final Tool TOOL = new Tool("factdiff", "test");

  static final String ORIGINAL =
      "Council approves budget\n\nThe council approved 90 new posts on Monday, the mayor said.\n\n"
          + "\"We will not raise taxes,\" she said.\n\nThe vote was 7 to 2.";
  static final String REVISED =
      "Council approves budget\n\nThe council approved 19 new posts on Tuesday, the mayor said.\n\n"
          + "\"We will raise taxes,\" she said.";

  private SampleReports() {}

  static Report budget(Gate gate) {
    List<Finding> findings =
        List.of(
            finding("CHANGED_NUMBER", Category.NUMBER_MISMATCH, Severity.ERROR, "The number of posts changed.",
                "90", "19"),
            finding("CHANGED_DATE", Category.DATE_MISMATCH, Severity.WARNING, "The day changed.", "Monday",
                "Tuesday"),
            finding("ALTERED_QUOTE", Category.QUOTE_ALTERED, Severity.ERROR, "The quotation lost a negation.",
                "\"We will not raise taxes,\"", "\"We will raise taxes,\""),
            new Finding("DROPPED_CLAIM", Category.CLAIM_MISSING, Severity.INFO, "A sentence was dropped.",
                Optional.of(excerpt(ORIGINAL, "The vote was 7 to 2.")), Optional.empty(), Map.of(),
                Optional.empty()));
    return new Report(
        TOOL,
        source("original.txt", ORIGINAL),
        source("revised.txt", REVISED),
        List.of(
            new ParagraphRow(List.of(0), List.of(0)),
            new ParagraphRow(List.of(1), List.of(1)),
            new ParagraphRow(List.of(2), List.of(2)),
            new ParagraphRow(List.of(3), List.of())),
        findings,
        List.of(new ProcessingError("SOME_RULE", "it broke on line 1")),
        gate,
        0);
  }

  static final String NAMES_ORIGINAL =
      "Trade talks resume\n\nLighthizer met the envoys on Monday.\n\nThe talks, Lighthizer said, went well.\n\n"
          + "Lighthizer will return in May with 12 advisers.";
  static final String NAMES_REVISED =
      "Trade talks resume\n\nLaithizer met the envoys on Monday.\n\nThe talks, Laithizer said, went well.\n\n"
          + "Laithizer will return in June with 12 advisers.";

  /** One name written another way in three paragraphs (one finding, three places), and a date changed once. */
  static Report repeatedName() {
    List<Finding.Place> further =
        List.of(
            new Finding.Place(Optional.of(excerpt(NAMES_ORIGINAL, "Lighthizer said", 0)),
                Optional.of(excerpt(NAMES_REVISED, "Laithizer said", 0))),
            new Finding.Place(Optional.of(excerpt(NAMES_ORIGINAL, "Lighthizer will", 0)),
                Optional.of(excerpt(NAMES_REVISED, "Laithizer will", 0))));
    Finding name =
        new Finding("NAME_VARIANT", Category.NAME_VARIANT, Severity.WARNING,
            "The same name is spelled 'Lighthizer' and 'Laithizer'.",
            Optional.of(excerpt(NAMES_ORIGINAL, "Lighthizer")), Optional.of(excerpt(NAMES_REVISED, "Laithizer")),
            Map.of("spelling", "Laithizer", "variant", "Lighthizer"), Optional.empty(), further);
    Finding date =
        new Finding("CHANGED_DATE", Category.DATE_MISMATCH, Severity.ERROR, "The month changed.",
            Optional.of(excerpt(NAMES_ORIGINAL, "May")), Optional.of(excerpt(NAMES_REVISED, "June")), Map.of(),
            Optional.empty());
    return new Report(
        TOOL,
        source("original.txt", NAMES_ORIGINAL),
        source("revised.txt", NAMES_REVISED),
        List.of(
            new ParagraphRow(List.of(0), List.of(0)),
            new ParagraphRow(List.of(1), List.of(1)),
            new ParagraphRow(List.of(2), List.of(2)),
            new ParagraphRow(List.of(3), List.of(3))),
        List.of(name, date),
        List.of(),
        Gate.failOn(Severity.ERROR),
        0);
  }

  /** An article whose text is markup, script and template syntax, each of which must show as text. */
  static Report hostile() {
    String text =
        "<script>alert(1)</script> and <b id=\"injected\">bold</b>\n\n{{mustache}} {{{triple}}} <img src=x onerror=alert(2)>";
    String revised = text.replace("bold", "BOLD");
    Finding f =
        new Finding("TAG_RULE", Category.MALFORMED_TEXT, Severity.WARNING, "<i>markup</i> in a message {{x}}",
            Optional.of(excerpt(text, "<b id=\"injected\">bold</b>")),
            Optional.of(excerpt(revised, "<b id=\"injected\">BOLD</b>")),
            Map.of("<k>", "<v>"), Optional.of("<script>alert(3)</script>"));
    return new Report(
        TOOL,
        source("<evil>.txt", text),
        source("{{name}}.txt", revised),
        List.of(new ParagraphRow(List.of(0), List.of(0)), new ParagraphRow(List.of(1), List.of(1))),
        List.of(f),
        List.of(),
        Gate.failOn(Severity.ERROR),
        0);
  }

  static ReportSource source(String name, String text) {
    return new ReportSource(
        name,
        Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString(),
        SourceFormat.TEXT,
        text,
        paragraphs(text));
  }

  static List<Span> paragraphs(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*").matcher(text);
    while (m.find()) {
      spans.add(Span.of(m.start(), m.end()));
    }
    return spans;
  }

  /** Word number {@code word} (from 0) of {@code words}, where they stand in the text. */
  static Excerpt excerpt(String text, String words, int word) {
    Excerpt whole = excerpt(text, words);
    String first = words.split(" ")[word];
    int at = whole.span().start() + words.indexOf(first);
    return new Excerpt(Span.of(at, at + first.length()), first);
  }

  static Excerpt excerpt(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return new Excerpt(Span.of(at, at + words.length()), words);
  }

  private static Finding finding(
      String rule, Category category, Severity severity, String message, String before, String after) {
    return new Finding(rule, category, severity, message, Optional.of(excerpt(ORIGINAL, before)),
        Optional.of(excerpt(REVISED, after)), Map.of("original", before, "revised", after), Optional.empty());
  }
}
