package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class AlignCommandTest {

  private static final Path ORIGINAL = Seeds.dir().resolve(Seeds.ORIGINAL);
  private static final Path REVISED = Seeds.dir().resolve(Seeds.REVISED);

  @Test
  void textShowsEachLinkSideBySideWithItsEdits() {
    String text = AlignCommand.run(TestParser.get(), ORIGINAL, REVISED, AlignCommand.Format.text);

    assertTrue(
        text.lines().findFirst().orElseThrow().endsWith(
            ": 30 and 30 sentences; 20 one-to-one, 4 one-to-many, 2 many-to-one, 2 dropped, 0 added, 0 moved"),
        text);
    assertTrue(text.contains("\n#10 one-to-one  similarity 0.849\n"
        + "  o9 ‘Control 90 percent of the territory’                 | r11 “Control 90% of the territory”\n"
        + "    ~ percent => %\n"), text);
    assertTrue(text.contains("\n  o29 Leave a Comment" + " ".repeat(38) + "|\n"), text);
    assertTrue(text.contains("#6 one-to-many  similarity 0.892\n"), text);
    assertTrue(text.contains("                                                           | r5 and the “fight against terrorism”.\n"), text);
    assertTrue(text.contains("    + .   (punctuation)\n"), text);
    assertEquals(text, AlignCommand.run(TestParser.get(), ORIGINAL, REVISED, AlignCommand.Format.text), "same input, same bytes");
  }

  @Test
  void jsonCarriesEveryLinkWithSpansIntoBothTexts() throws Exception {
    String json = AlignCommand.run(TestParser.get(), ORIGINAL, REVISED, AlignCommand.Format.json);
    JsonNode root = new ObjectMapper().readTree(json);

    assertEquals(1, root.get("schemaVersion").asInt());
    assertEquals(20, root.get("counts").get("one-to-one").asInt());
    assertEquals(2, root.get("counts").get("dropped").asInt());
    assertEquals(28, root.get("links").size());
    JsonNode quote = root.get("links").get(4);
    assertEquals("one-to-one", quote.get("kind").asText());
    assertEquals(4, quote.get("original").get(0).get("index").asInt());
    assertEquals(3, quote.get("revised").get(0).get("index").asInt());
    JsonNode pronoun = quote.get("edits").get(3);
    assertEquals("substitution", pronoun.get("type").asText());
    assertEquals("its", pronoun.get("original").get("text").asText());
    assertEquals("your", pronoun.get("revised").get("text").asText());
    int start = pronoun.get("revised").get("span").get(0).asInt();
    int end = pronoun.get("revised").get("span").get(1).asInt();
    assertEquals("your", Seeds.text(Seeds.REVISED).substring(start, end));
    List<String> kinds =
        StreamSupport.stream(root.get("links").spliterator(), false).map(l -> l.get("kind").asText()).distinct().toList();
    assertEquals(List.of("dropped", "one-to-one", "one-to-many", "many-to-one"), kinds);
    assertEquals(json, AlignCommand.run(TestParser.get(), ORIGINAL, REVISED, AlignCommand.Format.json), "same input, same bytes");
  }
}
