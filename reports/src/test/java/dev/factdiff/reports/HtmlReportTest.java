package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import dev.factdiff.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final HtmlReport renderer = new HtmlReport();

  @Test
  void articleTextMarkupAndTemplateSyntaxAreEscaped() {
    String html = renderer.render(SampleReports.hostile());
    assertEquals(1, count(html, "<script"), "only the report's own script");
    assertFalse(html.contains("<b id=\"injected\">"));
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("<i>markup</i>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("{{mustache}} {{{triple}}}"), "template syntax in the article stays as written");
    assertTrue(html.contains("&lt;evil&gt;.txt"));
  }

  @Test
  void theOnlyScriptAllowedIsTheReportsOwn() throws Exception {
    String html = renderer.render(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    Files.writeString(Path.of("target/sample-report.html"), html); // to look at, or screenshot
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(script.find());
    String hash =
        Base64.getEncoder()
            .encodeToString(Hashing.sha256().hashString(script.group(1), StandardCharsets.UTF_8).asBytes());
    // The template escapes '=' in attribute values as &#x3D;, which the browser reads back as '='.
    assertTrue(
        html.replace("&#x3D;", "=").contains("script-src 'sha256-" + hash + "'"),
        "the CSP allows exactly the inline script");
    assertTrue(html.contains("default-src 'none'"), "no network");
    assertFalse(html.contains("http://") || html.contains("src=\"http"), "nothing loads from elsewhere");
  }

  @Test
  void listsEveryFindingAndMarksItInBothVersions() {
    String html = renderer.render(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    assertEquals(4, count(html, "<li class=\"finding "));
    // "90" in the original is finding f1 (the number), a changed word and an error.
    assertTrue(
        html.contains("<span class=\"del hl sev-error\" data-findings=\"f1\" data-places=\"f1-1\">90</span>"), html);
    assertTrue(html.contains("<span class=\"ins hl sev-error\" data-findings=\"f1\" data-places=\"f1-1\">19</span>"));
    assertTrue(html.contains("id=\"count-error\">2<"));
    assertTrue(html.contains("Rule <code>DROPPED_CLAIM</code> · original line 7</p>"), "where to find it");
    assertTrue(html.contains("(not in the revision)"), "the dropped paragraph has an empty counterpart");
    assertTrue(html.contains("id=\"verdict\">Blocked"));
  }

  @Test
  void overlappingFindingsShareTheSegmentsTheyBothCover() {
    String html = renderer.render(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    // Triage order: the two errors come first (the number, then the quotation), so the quotation is f2.
    assertTrue(html.contains("data-findings=\"f2\" data-places=\"f2-1\">not</span>"),
        "the quote's changed word carries the quote finding");
    assertEquals(0, count(html, "class=\"times\""), "no change here is repeated");
    assertEquals(0, count(html, "class=\"places\""));
  }

  @Test
  void aRepeatedChangeIsOneFindingWithItsCountAndEveryPlaceMarkedAndListed() {
    String html = renderer.render(SampleReports.repeatedName().inOrder(FindingOrder.READING));
    assertEquals(2, count(html, "<li class=\"finding "));
    assertTrue(html.contains("id=\"count-total\">2<"), "the summary counts changes");
    assertTrue(html.contains("title=\"The same change at 3 places\">×3</span>"), html);
    // Each place is marked in both panes with the finding's id and its own place key.
    for (int place = 1; place <= 3; place++) {
      String mark = "data-findings=\"f1\" data-places=\"f1-" + place + "\">";
      assertTrue(html.contains(mark + "Lighthizer</span>"), "original place " + place + ": " + html);
      assertTrue(html.contains(mark + "Laithizer</span>"), "revised place " + place);
      // ...and reachable from the finding: a button per place, with where it starts in each version.
      assertEquals(1, count(html, "class=\"place\" data-finding=\"f1\" data-place=\"f1-" + place + "\""), html);
    }
    assertTrue(html.contains(
        "data-place=\"f1-2\" data-original-start=\"" + SampleReports.NAMES_ORIGINAL.indexOf("Lighthizer said")
            + "\" data-revised-start=\"" + SampleReports.NAMES_REVISED.indexOf("Laithizer said")
            + "\">original line 5, revised line 5</button>"), html);
    assertEquals(0, count(html, "data-finding=\"f2\" data-place="), "a change made once lists no places");
  }

  @Test
  void theCountReadsAsEnglish() {
    assertTrue(renderer.render(SampleReports.hostile()).contains("id=\"count-total\">1</span> finding</li>"));
    assertTrue(renderer.render(SampleReports.repeatedName()).contains("id=\"count-total\">2</span> findings</li>"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
