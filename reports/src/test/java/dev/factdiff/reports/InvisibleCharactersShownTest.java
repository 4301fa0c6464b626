package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bidirectional override in the revision ("approved U+202E54U+202C posts" shows "45") and a zero-width space in
 * a name: the text and HTML reports show them by code point, so the editor sees what is stored; the JSON report
 * keeps the text as it is, for machines (issue 21, defect 7).
 */
class InvisibleCharactersShownTest {

  private static final String ORIGINAL = "The board approved 54 posts for Ahmed AlMansouri.";
  private static final String REVISED = "The board approved \u202E54\u202C posts for Ahmed Al\u200BMansouri.";

  static Report bidi() {
    Finding f =
        new Finding("INVISIBLE_CHARACTER", Category.MALFORMED_TEXT, Severity.ERROR,
            "An invisible character in \u202E54\u202C", Optional.empty(),
            Optional.of(SampleReports.excerpt(REVISED, "\u202E54\u202C")),
            Map.of("revised", "\u202E54\u202C"), Optional.empty());
    return new Report(
        SampleReports.TOOL,
        SampleReports.source("a.txt", ORIGINAL),
        SampleReports.source("b.txt", REVISED),
        List.of(new ParagraphRow(List.of(0), List.of(0))),
        List.of(f),
        List.of(),
        Gate.failOn(Severity.ERROR),
        0);
  }

  @Test
  void theHtmlReportShowsEveryInvisibleCharacterByItsCodePoint() {
    String html = new HtmlReport().render(bidi());
    assertTrue(html.contains("⟨U+202E⟩54⟨U+202C⟩"), "the override shown in the pane and the finding");
    assertTrue(html.contains("Al⟨U+200B⟩Mansouri"), "the zero-width space shown in the name");
    assertFalse(html.chars().anyMatch(c -> c == 0x202E || c == 0x202C || c == 0x200B), "none left raw");
  }

  @Test
  void theTextReportShowsThemInBothPlainAndColour() {
    for (TextReport.Style style : TextReport.Style.values()) {
      String text = new TextReport(style).render(bidi());
      assertTrue(text.contains("⟨U+202E⟩"), text);
      assertFalse(text.chars().anyMatch(c -> c == 0x202E || c == 0x202C || c == 0x200B), "none left raw: " + text);
    }
  }

  @Test
  void theJsonReportKeepsTheTextAsItIs() throws Exception {
    String json = new JsonReport().render(bidi());
    String revised = new ObjectMapper().readTree(json).get("revised").get("text").asText();
    assertTrue(revised.equals(REVISED), "raw text for machines: " + revised);
  }
}
