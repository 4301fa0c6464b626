package dev.factdiff.rules.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.EngineResult;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.json.FindingView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs every rule on the cases of a JSONL file (the shared eval format) and writes one findings line a case,
 * for {@code score-findings.py}: {@code CaseRunner CASES.jsonl FINDINGS.jsonl [LIMIT]}.
 */
public final class CaseRunner {

  private CaseRunner() {}

  public static void main(String[] args) throws IOException {
    Path cases = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    ObjectMapper json = new ObjectMapper();
    RuleEngine engine = RuleEngine.of(rules(), RuleConfiguration.defaults());
    Aligner aligner = TestMeaning.aligner();
    int n = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
        if (line.isBlank() || n++ >= limit) {
          continue;
        }
        JsonNode c = json.readTree(line);
        String id = c.get("id").asText();
        Article original = TestParser.get().parse(id + "/original", c.get("original").asText());
        Article revised = TestParser.get().parse(id + "/revised", c.get("revised").asText());
        Alignment alignment = aligner.align(original, revised);
        EngineResult result = engine.run(alignment);
        result.failures().forEach(f -> System.err.println(id + ": " + f));
        ObjectNode record = json.createObjectNode();
        record.put("id", id);
        record.set("findings", json.valueToTree(result.findings().stream().map(FindingView::of).toList()));
        writer.write(json.writeValueAsString(record));
        writer.newLine();
      }
    }
  }

  static List<Rule> rules() {
    return BuiltInRules.all();
  }
}
