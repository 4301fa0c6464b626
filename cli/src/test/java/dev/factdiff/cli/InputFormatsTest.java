package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.SeedFormats;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.core.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed pair as a newsroom may hand it over (a Word document, UTF-16 or Windows-1252 text, Markdown, old Mac
 * line ends) gives the findings of the text files, and every cited place is the text at its offsets.
 */
class InputFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;

  private static List<String> expected;

  @BeforeAll
  static void findingsOfTheTextFiles() throws IOException {
    expected = findings(check(seed(Seeds.ORIGINAL), seed(Seeds.REVISED), "text", "UTF-8"));
  }

  private static String seed(String name) {
    return Seeds.dir().resolve(name).toString();
  }

  private static JsonNode check(String original, String revised, String format, String encoding) throws IOException {
    Cli.Result result = Cli.run("check", "--format", "json", "--fail-on", "never", original, revised);
    assertEquals(0, result.code(), result.err());
    assertEquals("", result.err());
    assertEquals(Set.of(), ReportSchema.violations(result.out()));
    JsonNode root = MAPPER.readTree(result.out());
    for (String side : List.of("original", "revised")) {
      assertEquals(format, root.at("/" + side + "/format").asText(), side);
      assertEquals(encoding, root.at("/" + side + "/encoding").asText(), side);
    }
    return root;
  }

  /**
   * Each finding as rule, message and cited words; asserting on the way that each cited place is the substring of
   * its version's text at its offsets.
   */
  private static List<String> findings(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      StringBuilder line = new StringBuilder(f.get("rule").asText() + " " + f.get("severity").asText() + " "
          + f.get("message").asText());
      for (String side : List.of("original", "revised")) {
        JsonNode place = f.get(side);
        if (!place.isNull()) {
          String text = root.at("/" + side + "/text").asText();
          assertEquals(place.get("text").asText(), text.substring(place.get("start").asInt(), place.get("end").asInt()));
          line.append(" | ").append(place.get("text").asText());
        }
      }
      out.add(line.toString());
    }
    assertFalse(out.isEmpty(), "the seed pair has findings");
    return out;
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "windows-1252"})
  void legacyEncodingsGiveTheSameFindings(String encoding) throws IOException {
    Charset charset = Charset.forName(encoding);
    Path original = write("original-" + encoding + ".txt", Seeds.text(Seeds.ORIGINAL).getBytes(charset));
    Path revised = write("revised-" + encoding + ".txt", Seeds.text(Seeds.REVISED).getBytes(charset));
    assertEquals(expected, findings(check(original.toString(), revised.toString(), "text", encoding)));
  }

  @Test
  void wordDocumentsMadeByPoiGiveTheSameFindings() throws IOException {
    Path original = write("original.docx", SeedFormats.docx(Seeds.text(Seeds.ORIGINAL)));
    Path revised = write("revised.docx", SeedFormats.docx(Seeds.text(Seeds.REVISED)));
    assertEquals(expected, findings(check(original.toString(), revised.toString(), "docx", "UTF-8")));
  }

  @Test
  void markdownGivesTheSameFindingsAndAChangedLinkIsNoFinding() throws IOException {
    // Both link the same words, to different addresses: a URL is not a claim.
    Path original = write("original.md",
        SeedFormats.markdown(Seeds.text(Seeds.ORIGINAL), "Kremlin", "https://example.org/a").getBytes(StandardCharsets.UTF_8));
    Path revised = write("revised.md",
        SeedFormats.markdown(Seeds.text(Seeds.REVISED), "Kremlin", "https://example.org/b").getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, findings(check(original.toString(), revised.toString(), "markdown", "UTF-8")));
  }

  @Test
  void loneCarriageReturnLineEndsGiveTheSameFindings() throws IOException {
    Path original = write("original-cr.txt", Seeds.text(Seeds.ORIGINAL).replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
    Path revised = write("revised-cr.txt", Seeds.text(Seeds.REVISED).replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, findings(check(original.toString(), revised.toString(), "text", "UTF-8")));
  }

  @Test
  void standardInputIsGivenItsNameInEveryReport() throws IOException {
    InputStream stdin = System.in;
    try {
      for (String format : List.of("json", "text", "html")) {
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(Seeds.dir().resolve(Seeds.REVISED))));
        Cli.Result result = Cli.run("check", "--format", format, "--fail-on", "never", "--revised-name",
            "desk/revised-story.txt", seed(Seeds.ORIGINAL), "-");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("desk/revised-story.txt"), format);
        if (format.equals("json")) {
          assertEquals("desk/revised-story.txt", MAPPER.readTree(result.out()).at("/revised/name").asText());
        }
      }
    } finally {
      System.setIn(stdin);
    }
  }
}
