package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report's finding ids: the same in every run, and after a paragraph moved in both versions. */
class FindingIdTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void idsAreTheSameInTwoRunsAndAfterAParagraphMoved() throws Exception {
    Path original = Seeds.dir().resolve(Seeds.ORIGINAL);
    Path revised = Seeds.dir().resolve(Seeds.REVISED);
    JsonNode first = check(original, revised);
    JsonNode second = check(original, revised);
    List<String> ids = ids(first);
    assertEquals(ids, ids(second), "two runs, same ids in the same order");
    assertEquals(ids.size(), new TreeSet<>(ids).size(), "one id a finding on the seed pair");

    // The paragraph with 'siege' (original) and 'seat' (revision) goes to the end of both versions.
    Path movedOriginal = moveToEnd(original, "siege", dir.resolve("original.txt"));
    Path movedRevised = moveToEnd(revised, "a seat of government", dir.resolve("revised.txt"));
    JsonNode moved = check(movedOriginal, movedRevised);
    assertEquals(new TreeSet<>(ids), new TreeSet<>(ids(moved)), "moving a paragraph keeps every id");
    Map<String, Integer> startBefore = revisedStarts(first);
    Map<String, Integer> startAfter = revisedStarts(moved);
    String seat = idOf(first, "seat");
    assertNotEquals(startBefore.get(seat), startAfter.get(seat), "the finding moved, its id did not");
  }

  private static JsonNode check(Path original, Path revised) throws Exception {
    Cli.Result result = Cli.run("check", "--format", "json", original.toString(), revised.toString());
    assertTrue(result.code() <= 1, result.err());
    return MAPPER.readTree(result.out());
  }

  private static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("findings").forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  private static Map<String, Integer> revisedStarts(JsonNode report) {
    Map<String, Integer> starts = new HashMap<>();
    report.get("findings").forEach(f -> starts.put(f.get("id").asText(), f.at("/revised/start").asInt(-1)));
    return starts;
  }

  private static String idOf(JsonNode report, String revisedText) {
    for (JsonNode f : report.get("findings")) {
      if (f.at("/revised/text").asText().equals(revisedText)) {
        return f.get("id").asText();
      }
    }
    throw new AssertionError("no finding at '" + revisedText + "'");
  }

  private static Path moveToEnd(Path file, String words, Path to) throws Exception {
    List<String> paragraphs = new ArrayList<>(List.of(Files.readString(file).split("\n\n")));
    String paragraph =
        paragraphs.stream().filter(p -> p.contains(words)).findFirst().orElseThrow(() -> new AssertionError(words));
    paragraphs.remove(paragraph);
    paragraphs.add(paragraph.strip());
    Files.writeString(to, String.join("\n\n", paragraphs) + "\n");
    return to;
  }
}
