package dev.factdiff.rules.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules declare, rendered for people and programs: each rule's id, category, default severity, summary,
 * options (type, default, range, description) and its first flagged and first passing example. Everything comes
 * from the rules' {@link RuleInfo}, so the catalogue, {@code docs/RULES.md} and the rules section of {@code
 * default-config.yaml} cannot drift from the code (tests compare the files with this output).
 */
public final class RuleCatalog {

  /** Where flagged words are marked in the examples, as the rule test reads them. */
  private static final String MARKS = "`[[...]]` marks what the rule flags.";

  private final List<RuleInfo> rules;

  /** The catalogue of these rules, ordered by id. */
  public RuleCatalog(List<? extends Rule> rules) {
    this.rules = rules.stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  /** For a terminal: one block a rule. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (RuleInfo rule : rules) {
      out.append(rule.id()).append(" (").append(rule.category()).append(", ")
          .append(rule.defaultSeverity().id()).append(")\n");
      out.append("  ").append(rule.summary()).append('\n');
      for (RuleOption<?> option : rule.options()) {
        out.append("  option ").append(option.name()).append(" = ").append(option.defaultValue())
            .append(" (").append(option.allowed()).append("): ").append(option.description()).append('\n');
      }
      appendExample(out, "flags: ", flagged(rule));
      appendExample(out, "passes:", passing(rule));
      out.append('\n');
    }
    out.append(MARKS.replace("`", "")).append('\n');
    return out.toString();
  }

  /** docs/RULES.md. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# The rules\n\n")
        .append("Generated from the rules by `./factdiff rules --format markdown > docs/RULES.md`; a test fails when\n")
        .append("this file and the rules disagree. A `--config` file sets a rule's severity and options (see\n")
        .append("`rules/src/main/resources/dev/factdiff/rules/default-config.yaml`). ").append(MARKS).append("\n\n")
        .append("| id | category | default severity | summary |\n|---|---|---|---|\n");
    for (RuleInfo rule : rules) {
      out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT))
          .append(") | ").append(rule.category()).append(" | ").append(rule.defaultSeverity().id()).append(" | ")
          .append(rule.summary().replace("|", "\\|")).append(" |\n");
    }
    for (RuleInfo rule : rules) {
      out.append("\n## ").append(rule.id()).append("\n\n").append(rule.summary()).append("\n\n")
          .append("Category `").append(rule.category()).append("`, default severity `")
          .append(rule.defaultSeverity().id()).append("`.\n");
      if (!rule.options().isEmpty()) {
        out.append("\n| option | default | allowed | description |\n|---|---|---|---|\n");
        for (RuleOption<?> option : rule.options()) {
          out.append("| `").append(option.name()).append("` | ").append(option.defaultValue()).append(" | ")
              .append(option.allowed()).append(" | ").append(option.description().replace("|", "\\|"))
              .append(" |\n");
        }
      }
      out.append("\n```text\n");
      appendExample(out, "flags: ", flagged(rule));
      appendExample(out, "passes:", passing(rule));
      out.append("```\n");
    }
    return out.toString();
  }

  /**
   * The rules section of a configuration file, every line but the first a comment: each rule with its default
   * severity and summary, then its entry with the options at their defaults, ready to uncomment.
   */
  public String configuration() {
    StringBuilder out = new StringBuilder("rules:\n");
    for (RuleInfo rule : rules) {
      out.append("  # ").append(rule.summary()).append(" (").append(rule.defaultSeverity().id()).append(")\n");
      if (rule.options().isEmpty()) {
        out.append("  # ").append(rule.id()).append(": {}\n");
        continue;
      }
      out.append("  # ").append(rule.id()).append(":\n  #   options:\n");
      for (RuleOption<?> option : rule.options()) {
        out.append("  #     # ").append(option.allowed()).append(": ").append(option.description()).append('\n')
            .append("  #     ").append(option.name()).append(": ").append(option.defaultValue()).append('\n');
      }
    }
    return out.toString();
  }

  /** For programs: {@code {"rules": [{"id", "category", "defaultSeverity", "summary", "options", "examples"}]}}. */
  public String json() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (RuleInfo rule : rules) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", rule.id());
      entry.put("category", rule.category().name());
      entry.put("defaultSeverity", rule.defaultSeverity().id());
      entry.put("summary", rule.summary());
      List<Map<String, Object>> options = new ArrayList<>();
      for (RuleOption<?> option : rule.options()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", option.name());
        o.put("type", option.isWholeNumber() ? "integer" : "number");
        o.put("default", option.defaultValue());
        o.put("min", option.min());
        o.put("max", option.max());
        o.put("description", option.description());
        options.add(o);
      }
      entry.put("options", options);
      Map<String, Object> examples = new LinkedHashMap<>();
      examples.put("flags", exampleJson(flagged(rule)));
      examples.put("passes", exampleJson(passing(rule)));
      entry.put("examples", examples);
      list.add(entry);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("rules", list))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalogue cannot be written as JSON", e);
    }
  }

  private static Map<String, Object> exampleJson(Example example) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (example.revised().isPresent()) {
      json.put("original", example.original());
      json.put("revised", example.revised().get());
    } else {
      json.put("text", example.original());
    }
    return json;
  }

  private static void appendExample(StringBuilder out, String label, Example example) {
    Optional<String> revised = example.revised();
    if (revised.isEmpty()) {
      out.append("  ").append(label).append(' ').append(indented(example.original())).append('\n');
    } else {
      out.append("  ").append(label).append(" original: ").append(indented(example.original())).append('\n');
      out.append("  ").append(" ".repeat(label.length())).append(" revised:  ").append(indented(revised.get()))
          .append('\n');
    }
  }

  /** Paragraph breaks inside an example stay visible without breaking the layout. */
  private static String indented(String text) {
    return text.replace("\n", "⏎");
  }

  /** RuleInfo guarantees one of each. */
  private static Example flagged(RuleInfo rule) {
    return rule.examples().stream().filter(Example::flags).findFirst().orElseThrow();
  }

  private static Example passing(RuleInfo rule) {
    return rule.examples().stream().filter(e -> !e.flags()).findFirst().orElseThrow();
  }
}
