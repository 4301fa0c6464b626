package dev.factdiff.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aligner reproduces the hand-checked alignment of the seed pair in seeds/gold-alignment.json. */
class AlignmentGoldTest {

  private static JsonObject gold;

  @BeforeAll
  static void readGold() throws IOException {
    try (Reader reader = Files.newBufferedReader(Seeds.dir().resolve("gold-alignment.json"), StandardCharsets.UTF_8)) {
      gold = Json.createReader(reader).readObject();
    }
  }

  @Test
  void goldNamesTheSeedPair() {
    assertEquals(Seeds.ORIGINAL, gold.getString("original"));
    assertEquals(Seeds.REVISED, gold.getString("revised"));
  }

  @Test
  void goldSentencesAreTheParsedSentences() {
    List<String> mismatches = new ArrayList<>();
    for (JsonObject link : links()) {
      mismatches.addAll(mismatches(link.getJsonArray("original"), Seeds.original()));
      mismatches.addAll(mismatches(link.getJsonArray("revised"), Seeds.revised()));
    }
    assertEquals(List.of(), mismatches, "the parse segments the seed sentences differently from the gold");
  }

  @Test
  void everySentenceOfBothVersionsIsInExactlyOneGoldLink() {
    assertEquals(indices(Seeds.original()), covered("original"));
    assertEquals(indices(Seeds.revised()), covered("revised"));
  }

  @Test
  void alignerReproducesTheGoldAlignment() {
    Alignment alignment = new Aligner().align(Seeds.original(), Seeds.revised());

    List<String> expected = links().stream().map(AlignmentGoldTest::notation).toList();
    assertEquals(String.join("\n", expected), String.join("\n", LinkNotation.of(alignment)));
  }

  @Test
  void linkKindsMatchTheGold() {
    Alignment alignment = new Aligner().align(Seeds.original(), Seeds.revised());

    List<String> expected = links().stream().map(l -> l.getString("kind")).toList();
    assertEquals(expected, alignment.pairs().stream().map(p -> p.kind().name()).toList());
  }

  private static List<JsonObject> links() {
    return gold.getJsonArray("links").getValuesAs(JsonObject.class);
  }

  private static String notation(JsonObject link) {
    return side(link.getJsonArray("original")) + ">" + side(link.getJsonArray("revised"))
        + (link.getBoolean("moved", false) ? " moved" : "");
  }

  private static String side(JsonArray sentences) {
    if (sentences.isEmpty()) {
      return "-";
    }
    return sentences.getValuesAs(JsonObject.class).stream()
        .map(s -> String.valueOf(s.getInt("sentence")))
        .collect(Collectors.joining("+"));
  }

  private static List<String> mismatches(JsonArray sentences, Article article) {
    List<String> mismatches = new ArrayList<>();
    List<Sentence> parsed = article.sentences();
    for (JsonObject sentence : sentences.getValuesAs(JsonObject.class)) {
      int index = sentence.getInt("sentence");
      String starts = sentence.getString("starts");
      String actual = index < parsed.size() ? parsed.get(index).text() : "(no such sentence)";
      if (!actual.startsWith(starts)) {
        mismatches.add(article.name() + " #" + index + ": gold \"" + starts + "\", parsed \"" + actual + "\"");
      }
    }
    return mismatches;
  }

  private static List<Integer> indices(Article article) {
    return article.sentences().stream().map(Sentence::index).toList();
  }

  private List<Integer> covered(String side) {
    List<Integer> covered = new ArrayList<>();
    for (JsonObject link : links()) {
      link.getJsonArray(side).getValuesAs(JsonObject.class).forEach(s -> covered.add(s.getInt("sentence")));
    }
    covered.sort(null);
    assertTrue(covered.stream().distinct().count() == covered.size(), side + " sentence linked twice: " + covered);
    return covered;
  }
}
