package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void textListsEveryRuleWithItsOptions() {
    Cli.Result result = Cli.run("rules");
    assertEquals(0, result.code(), result.err());
    for (Rule rule : BuiltInRules.all()) {
      assertTrue(result.out().contains(rule.info().id() + " (" + rule.info().category() + ", "), rule.info().id());
    }
    assertTrue(result.out().contains("option maxFragmentWords = 2 (a whole number from 0 to 10): "), result.out());
  }

  @Test
  void jsonHasOneEntryPerRuleWithExamplesAndTypedOptions() throws IOException {
    Cli.Result result = Cli.run("rules", "--format", "json");
    assertEquals(0, result.code(), result.err());
    JsonNode rules = new ObjectMapper().readTree(result.out()).get("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertEquals(BuiltInRules.all().stream().map(r -> r.info().id()).sorted().toList(), ids);
    for (JsonNode rule : rules) {
      assertTrue(rule.path("examples").path("flags").size() > 0, rule.toString());
      assertTrue(rule.path("examples").path("passes").size() > 0, rule.toString());
    }
    JsonNode share = rules.get(ids.indexOf("SPACE_BEFORE_PUNCTUATION")).get("options").get(0);
    assertEquals("tokenizedShare", share.get("name").asText());
    assertEquals("number", share.get("type").asText());
    assertEquals(0.5, share.get("default").asDouble());
    assertEquals(1.0, share.get("max").asDouble());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result result = Cli.run("rules", "--format", "pdf");
    assertEquals(ExitCode.BAD_INPUT, result.code());
  }
}
