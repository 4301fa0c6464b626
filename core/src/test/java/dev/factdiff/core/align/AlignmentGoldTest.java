package dev.factdiff.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestMeaning;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aligner reproduces the hand-checked alignment of the seed pair in seeds/gold-alignment.json. */
class AlignmentGoldTest {

  private static JsonNode gold;

  @BeforeAll
  static void readGold() throws IOException {
    try (Reader reader = Files.newBufferedReader(Seeds.dir().resolve("gold-alignment.json"), StandardCharsets.UTF_8)) {
      gold = new ObjectMapper().readTree(reader);
    }
  }

  @Test
  void goldNamesTheSeedPair() {
    assertEquals(Seeds.ORIGINAL, gold.get("original").asText());
    assertEquals(Seeds.REVISED, gold.get("revised").asText());
  }

  @Test
  void goldSentencesAreTheParsedSentences() {
    List<String> mismatches = new ArrayList<>();
    for (JsonNode link : links()) {
      mismatches.addAll(mismatches(link.get("original"), Seeds.original()));
      mismatches.addAll(mismatches(link.get("revised"), Seeds.revised()));
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
  void alignerWithTheMeaningModelReproducesTheGoldAlignment() {
    Alignment alignment = TestMeaning.aligner().align(Seeds.original(), Seeds.revised());

    List<String> expected = links().stream().map(AlignmentGoldTest::notation).toList();
    assertEquals(String.join("\n", expected), String.join("\n", LinkNotation.of(alignment)));
  }

  @Test
  void linkKindsMatchTheGold() {
    Alignment alignment = new Aligner().align(Seeds.original(), Seeds.revised());

    List<String> expected = links().stream().map(l -> l.get("kind").asText()).toList();
    assertEquals(expected, alignment.pairs().stream().map(p -> p.kind().name()).toList());
  }

  private static List<JsonNode> links() {
    List<JsonNode> links = new ArrayList<>();
    gold.get("links").forEach(links::add);
    return links;
  }

  private static String notation(JsonNode link) {
    return side(link.get("original")) + ">" + side(link.get("revised"))
        + (link.path("moved").asBoolean(false) ? " moved" : "");
  }

  private static String side(JsonNode sentences) {
    if (sentences.isEmpty()) {
      return "-";
    }
    List<String> indices = new ArrayList<>();
    sentences.forEach(s -> indices.add(String.valueOf(s.get("sentence").asInt())));
    return String.join("+", indices);
  }

  private static List<String> mismatches(JsonNode sentences, Article article) {
    List<String> mismatches = new ArrayList<>();
    List<Sentence> parsed = article.sentences();
    for (JsonNode sentence : sentences) {
      int index = sentence.get("sentence").asInt();
      String starts = sentence.get("starts").asText();
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
    for (JsonNode link : links()) {
      link.get(side).forEach(s -> covered.add(s.get("sentence").asInt()));
    }
    covered.sort(null);
    assertTrue(covered.stream().distinct().count() == covered.size(), side + " sentence linked twice: " + covered);
    return covered;
  }
}
