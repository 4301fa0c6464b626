package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import org.junit.jupiter.api.Test;

class ParseCommandTest {

  @Test
  void jsonIsDeterministicAndCarriesTheClaims() throws Exception {
    Article article = Seeds.original();
    String json = ParseCommand.render(article, ParseCommand.Format.json, false);
    Article again = TestParser.get().parse(Seeds.ORIGINAL, Seeds.text(Seeds.ORIGINAL));
    assertEquals(json, ParseCommand.render(again, ParseCommand.Format.json, false), "same input, same bytes");

    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(1, root.get("schemaVersion").asInt());
    assertEquals(26, root.get("paragraphs").size());
    assertEquals("headline", root.get("paragraphs").get(0).get("kind").asText());
    JsonNode subheading = root.get("paragraphs").get(9).get("sentences").get(0);
    assertEquals("‘Control 90 percent of the territory’", subheading.get("text").asText());
    JsonNode quantity = subheading.get("claim").get("quantities").get(0);
    assertEquals("90", quantity.get("value").asText());
    assertEquals("percent", quantity.get("unit").asText());
    JsonNode quote = subheading.get("claim").get("quotations").get(0);
    assertEquals("Control 90 percent of the territory", quote.get("words").asText());
    int start = quote.get("inner").get(0).asInt();
    int end = quote.get("inner").get(1).asInt();
    assertEquals(quote.get("words").asText(), article.text().substring(start, end));
  }

  @Test
  void textListsEachSentenceWithItsClaims() {
    String text = ParseCommand.render(Seeds.original(), ParseCommand.Format.text, false);
    assertTrue(text.startsWith(Seeds.ORIGINAL + ": 26 paragraphs, 30 sentences\n"), text.substring(0, 80));
    assertTrue(text.contains("number    four million           = 4000000 count (approximate)"), text);
    assertTrue(text.contains("time      March 2011             = 2011-03"), text);
    assertTrue(text.contains("quotation The main problem"), text);
  }
}
