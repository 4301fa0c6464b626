package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.rules.builtin.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's gaps and the messages of issue 21 (defects 5, 7 and 9) through the command line: an unrelated
 * article blocked, a configuration with no rule refused, limits from the configuration file, invisible
 * characters shown, and one clear line for a binary baseline or an output where no file can be made.
 */
class GateAndMessagesTest {
  @TempDir Path dir;

  private static final String UNRELATED =
      "Heavy rain flooded the harbour road on Friday night.\n\n"
          + "Fishermen moved their boats to the northern pier before the tide rose.\n\n"
          + "The weather service expects more storms across the coast next week.\n\n"
          + "Two ferries to the islands were cancelled and the ticket office closed early.\n\n"
          + "The council has asked residents to keep away from the sea wall until Sunday.\n";

  private String seed(String name) {
    return Seeds.dir().resolve(name).toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anUnrelatedArticleIsBlockedAsNotAVersionOfTheOriginal() throws IOException {
    Path unrelated = write("unrelated.txt", UNRELATED);
    Cli.Result result = Cli.run("check", seed(Seeds.ORIGINAL), unrelated.toString(), "--format", "json");
    assertEquals(1, result.code(), result.err());
    JsonNode report = new ObjectMapper().readTree(result.out());
    boolean flagged = false;
    for (JsonNode finding : report.get("findings")) {
      flagged |= finding.get("rule").asText().equals("UNRELATED_REVISION")
          && finding.get("severity").asText().equals("error");
    }
    assertTrue(flagged, result.out());
  }

  @Test
  void theSeedPairIsAVersionOfItsOriginal() {
    Cli.Result result = Cli.run("check", seed(Seeds.ORIGINAL), seed(Seeds.REVISED), "--format", "json", "--fail-on", "never");
    assertEquals(0, result.code(), result.err());
    assertFalse(result.out().contains("UNRELATED_REVISION"));
  }

  @Test
  void aConfigurationThatDisablesEveryRuleIsRefused() throws IOException {
    StringBuilder yaml = new StringBuilder("rules:\n");
    BuiltInRules.all().forEach(r -> yaml.append("  ").append(r.info().id()).append(": {enabled: false}\n"));
    Path config = write("none.yaml", yaml.toString());
    Cli.Result result = Cli.run("check", "--config", config.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(2, result.code(), result.err());
    assertEquals("", result.out());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().contains("none.yaml: every rule is disabled, so nothing would be checked"), result.err());
  }

  @Test
  void theConfigurationFileSetsTheLimitsAndTheOptionsOverrideIt() throws IOException {
    Path config = write("small.yaml", "limits: {maxArticleBytes: 40}\n");
    Cli.Result refused = Cli.run("check", "--config", config.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("the limit is 40"), refused.err());
    Cli.Result checked =
        Cli.run("check", "--config", config.toString(), "--max-article-bytes", "1000000", "--fail-on", "never",
            seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(0, checked.code(), checked.err());
  }

  @Test
  void aBidiOverrideIsAnErrorShownByItsCodePointInTheTextReport() throws IOException {
    Path original = write("a.txt", "The board approved 54 posts for the new school on Monday.\n");
    Path revised = write("b.txt", "The board approved \u202E54\u202C posts for the new school on Monday.\n");
    Cli.Result text = Cli.run("check", original.toString(), revised.toString());
    assertEquals(1, text.code(), text.err());
    assertTrue(text.out().contains("INVISIBLE_CHARACTER"), text.out());
    assertTrue(text.out().contains("⟨U+202E⟩"), text.out());
    assertFalse(text.out().chars().anyMatch(c -> c == 0x202E || c == 0x202C), "nothing invisible: " + text.out());
    Cli.Result json = Cli.run("check", original.toString(), revised.toString(), "--format", "json");
    assertTrue(json.out().contains("\u202E54\u202C"), "the JSON report keeps the text as it is");
  }

  @Test
  void aBinaryOrNonUtf8BaselineSaysSoInOneLine() throws IOException {
    Path binary = dir.resolve("baseline.json");
    Files.write(binary, new byte[] {'{', (byte) 0xFF, (byte) 0xFE, 0, '}'});
    Cli.Result result = Cli.run("check", "--baseline", binary.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(2, result.code(), result.err());
    assertEquals("factdiff: " + binary + ": not a factdiff baseline (not UTF-8 text: a binary file?)",
        result.err().strip());
  }

  @Test
  void anOutputWhereNoFileCanBeMadeNamesTheDirectory() {
    Cli.Result result =
        Cli.run("check", "--output", "/proc/factdiff-report.txt", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertEquals(2, result.code(), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().contains("/proc/factdiff-report.txt: cannot write the report (the directory /proc takes"
        + " no new files)"), result.err());
  }
}
