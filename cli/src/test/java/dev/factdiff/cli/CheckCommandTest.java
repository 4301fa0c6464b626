package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.reports.SarifSchema;
import dev.factdiff.core.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdiff check} on the seed pair, through the real parser, aligner and rules. */
class CheckCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static String seed(String name) {
    return Seeds.dir().resolve(name).toString();
  }

  private static JsonNode json(Cli.Result result) throws Exception {
    return MAPPER.readTree(result.out());
  }

  @Test
  void jsonReportMatchesTheSchemaAndTheExitCodeFollowsTheGate() throws Exception {
    Cli.Result result = Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(Set.of(), ReportSchema.violations(result.out()));
    JsonNode root = json(result);
    assertEquals(root.get("blocked").asBoolean() ? 1 : 0, result.code());
    assertEquals(root.at("/summary/bySeverity/error").asInt() > 0, root.get("blocked").asBoolean());
    assertEquals(
        Hashing.sha256().hashBytes(Files.readAllBytes(Seeds.dir().resolve(Seeds.ORIGINAL))).toString(),
        root.at("/original/sha256").asText());
    assertEquals(Seeds.text(Seeds.REVISED), root.at("/revised/text").asText());
    assertTrue(root.get("findings").size() > 0, "the seed revision has findings");
    assertEquals("", result.err());
  }

  @Test
  void sarifOfTheSeedPairValidatesAndCarriesTheJsonIds() throws Exception {
    Cli.Result sarif = Cli.run("check", "--format", "sarif", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(1, sarif.code(), sarif.err());
    assertEquals(Set.of(), SarifSchema.violations(sarif.out()));
    JsonNode run = json(sarif).at("/runs/0");
    JsonNode report = json(Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), seed(Seeds.REVISED)));
    assertEquals(report.get("findings").size(), run.get("results").size());
    for (int i = 0; i < run.get("results").size(); i++) {
      assertEquals(report.at("/findings/" + i + "/id").asText(),
          run.at("/results/" + i + "/partialFingerprints").elements().next().asText());
    }
    assertTrue(run.at("/artifacts/0/location/uri").asText().endsWith(Seeds.REVISED));
  }

  @Test
  void errorsComeFirstUnlessReadingOrderIsAsked() throws Exception {
    JsonNode triage = json(Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), seed(Seeds.REVISED)));
    assertEquals("error", triage.at("/findings/0/severity").asText());
    for (JsonNode finding : triage.get("findings")) {
      if (finding.get("severity").asText().equals("error")) {
        assertTrue(finding.get("suggestion").isTextual(), "every error of the seed pair suggests a fix: " + finding);
      }
    }
    JsonNode reading = json(Cli.run("check", "--format", "json", "--order", "reading", seed(Seeds.ORIGINAL),
        seed(Seeds.REVISED)));
    assertEquals("reading", reading.get("order").asText());
    assertEquals(0, reading.at("/findings/0/original/start").asInt(), "the headline comes first in reading order");
    Cli.Result text = Cli.run("check", "--order", "reading", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertTrue(text.out().contains("FINDINGS IN READING ORDER (" + reading.get("findings").size() + ")"), text.out());
    assertTrue(text.out().contains("  1. WARNING CLAIM_MISSING"), text.out());
    Cli.Result bad = Cli.run("check", "--order", "random", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("expected triage or reading"), bad.err());
  }

  @Test
  void failOnDecidesTheExitCode() {
    Cli.Result never =
        Cli.run("check", "--fail-on", "never", "--color", "always", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(0, never.code(), never.err());
    assertTrue(never.out().contains("\u001b[1m"), "--color always colours the report");
    Cli.Result info = Cli.run("check", "--fail-on", "info", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(1, info.code(), info.err());
    assertTrue(info.out().contains("blocked (fail on info)"), info.out());
    assertFalse(info.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void identicalVersionsHaveNoCrossVersionFindings() throws Exception {
    Cli.Result same = Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), seed(Seeds.ORIGINAL));
    assertEquals(0, same.code(), same.out());
    // Only the flaws of the text itself (the original has a stray period) may be reported, never a change.
    for (JsonNode f : json(same).get("findings")) {
      assertTrue(Set.of("BROKEN_SENTENCE", "MALFORMED_TEXT").contains(f.get("category").asText()), f.toString());
    }
  }

  @Test
  void htmlInputIsRecognizedByContentAndOffsetsIndexItsExtractedText() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title>"
        + "<script>var tracking = '<p>not article text</p>';</script></head><body><article>");
    for (String paragraph : Seeds.text(Seeds.REVISED).strip().split("\n\n")) {
      html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    Path page = dir.resolve("revised.page");
    Files.writeString(page, html.append("</article></body></html>").toString(), StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), page.toString());
    assertEquals(Set.of(), ReportSchema.violations(result.out()));
    JsonNode root = json(result);
    assertEquals("html", root.at("/revised/format").asText());
    String text = root.at("/revised/text").asText();
    assertFalse(text.contains("<p>") || text.contains("tracking"), "the report carries the extracted text");
    int places = 0;
    for (JsonNode f : root.get("findings")) {
      JsonNode place = f.get("revised");
      if (!place.isNull()) {
        assertEquals(place.get("text").asText(), text.substring(place.get("start").asInt(), place.get("end").asInt()));
        places++;
      }
    }
    assertTrue(places > 0);
  }

  @Test
  void minSeverityLeavesOutLesserFindings() throws Exception {
    JsonNode root =
        json(Cli.run("check", "--format", "json", "--min-severity", "error", seed(Seeds.ORIGINAL), seed(Seeds.REVISED)));
    for (JsonNode f : root.get("findings")) {
      assertEquals("error", f.get("severity").asText());
    }
    assertEquals(0, root.at("/summary/bySeverity/warning").asInt());
  }

  @Test
  void readsStandardInputAndWritesTheHtmlReportToAFile() throws Exception {
    Path report = dir.resolve("report.html");
    InputStream stdin = System.in;
    Cli.Result result;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Seeds.dir().resolve(Seeds.REVISED))));
      result = Cli.run("check", "--format", "html", "--output", report.toString(), seed(Seeds.ORIGINAL), "-");
    } finally {
      System.setIn(stdin);
    }
    assertEquals("", result.out(), "the report goes to the file");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("Revised: <strong id=\"revised-name\">-</strong>"), "stdin is named '-'");
  }

  @Test
  void aBaselineSkipsDismissedFindingsEvenWhenTheRevisionMovesText() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    Cli.Result first =
        Cli.run("check", "--format", "json", "--write-baseline", baseline.toString(), seed(Seeds.ORIGINAL),
            seed(Seeds.REVISED));
    int found = json(first).get("findings").size();
    assertTrue(found > 0);

    Cli.Result again =
        Cli.run("check", "--format", "json", "--baseline", baseline.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    JsonNode root = json(again);
    assertEquals(0, root.get("findings").size(), again.out());
    assertEquals(found, root.at("/summary/baselined").asInt());
    assertEquals(0, again.code());

    // The same revision with its last paragraph moved to the top: the text-level findings move with it.
    String revised = Seeds.text(Seeds.REVISED).strip();
    int lastBreak = revised.lastIndexOf("\n\n");
    String title = revised.substring(0, revised.indexOf("\n\n"));
    String moved =
        title + "\n\n" + revised.substring(lastBreak + 2) + revised.substring(title.length(), lastBreak) + "\n";
    Path movedFile = dir.resolve("moved.txt");
    Files.writeString(movedFile, moved, StandardCharsets.UTF_8);
    JsonNode movedRoot =
        json(Cli.run("check", "--format", "json", "--baseline", baseline.toString(), seed(Seeds.ORIGINAL),
            movedFile.toString()));
    JsonNode unbaselined =
        json(Cli.run("check", "--format", "json", seed(Seeds.ORIGINAL), movedFile.toString()));
    assertTrue(movedRoot.at("/summary/baselined").asInt() > 0, movedRoot.toString());
    assertEquals(
        unbaselined.get("findings").size(),
        movedRoot.get("findings").size() + movedRoot.at("/summary/baselined").asInt());
    for (JsonNode f : movedRoot.get("findings")) {
      for (JsonNode old : json(first).get("findings")) {
        assertFalse(
            f.get("rule").equals(old.get("rule")) && sameText(f.get("original"), old.get("original"))
                && sameText(f.get("revised"), old.get("revised")),
            "a finding the baseline records is reported again: " + f);
      }
    }
  }

  private static boolean sameText(JsonNode a, JsonNode b) {
    return a.isNull() ? b.isNull() : !b.isNull() && a.get("text").equals(b.get("text"));
  }
}
