package dev.factdiff.rules.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.factdiff.rules.BuiltInRules;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads one configuration file into a {@link ConfigurationLayer}, rejecting unknown keys and bad values with a
 * one-line message: {@code "config.yaml: rules.NUMBER_MISMATCH.severity: 'eror' is not one of error, warning, info"}.
 */
final class ConfigurationReader {

  private static final Set<String> TOP_KEYS = Set.of("rules", "style", "boilerplate", "defaultBoilerplate");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");

  private final String source;
  /** Option names each rule accepts. */
  private final Map<String, Set<String>> knownOptions;
  /** Whether this file defines the options (the defaults do) rather than setting known ones. */
  private final boolean definesOptions;

  private final Set<String> ruleIds;

  /** A reader for a file that may only set the options {@code knownOptions} names. */
  ConfigurationReader(String source, Map<String, Set<String>> knownOptions) {
    this(source, knownOptions, false);
  }

  private ConfigurationReader(String source, Map<String, Set<String>> knownOptions, boolean definesOptions) {
    this.source = source;
    this.knownOptions = Map.copyOf(knownOptions);
    this.definesOptions = definesOptions;
    this.ruleIds = RuleIds.BUILT_IN;
  }

  /** A reader for the default configuration, which defines every option and its default. */
  static ConfigurationReader forDefaults(String source) {
    return new ConfigurationReader(source, Map.of(), true);
  }

  ConfigurationLayer read(String text, boolean json) {
    JsonNode root = parse(text, json);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new ConfigurationLayer(Map.of(), Map.of(), List.of(), true);
    }
    requireObject(root, "(top level)");
    checkKeys(root, "", TOP_KEYS);
    Map<String, RuleSettings> rules = rules(root.path("rules"));
    Map<String, List<String>> style = style(root.path("style"));
    List<Pattern> boilerplate = boilerplate(root.path("boilerplate"));
    JsonNode keep = root.path("defaultBoilerplate");
    if (!keep.isMissingNode() && !keep.isBoolean()) {
      throw fail("defaultBoilerplate", "'" + keep.asText() + "' is not true or false");
    }
    return new ConfigurationLayer(rules, style, boilerplate, keep.asBoolean(true));
  }

  private JsonNode parse(String text, boolean json) {
    ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String what = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new ConfigurationException(source + ": not valid " + (json ? "JSON" : "YAML") + where + ": " + what, e);
    }
  }

  private Map<String, RuleSettings> rules(JsonNode node) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return rules;
    }
    requireObject(node, "rules");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String path = "rules." + id;
      if (!ruleIds.contains(id)) {
        throw fail(path, "no rule has this id (known: " + String.join(", ", new TreeSet<>(ruleIds)) + ")");
      }
      JsonNode ruleNode = entry.getValue();
      requireObject(ruleNode, path);
      checkKeys(ruleNode, path + ".", RULE_KEYS);
      rules.put(id, new RuleSettings(enabled(ruleNode, path), severity(ruleNode, path), options(ruleNode, id, path)));
    }
    return rules;
  }

  private Optional<Boolean> enabled(JsonNode rule, String path) {
    JsonNode node = rule.path("enabled");
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw fail(path + ".enabled", "'" + node.asText() + "' is not true or false");
    }
    return Optional.of(node.booleanValue());
  }

  private Optional<Severity> severity(JsonNode rule, String path) {
    JsonNode node = rule.path("severity");
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    try {
      if (!node.isTextual()) {
        throw new IllegalArgumentException();
      }
      return Optional.of(Severity.parse(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw fail(path + ".severity", "'" + node.asText() + "' is not one of error, warning, info");
    }
  }

  private Map<String, Double> options(JsonNode rule, String id, String path) {
    Map<String, Double> options = new LinkedHashMap<>();
    JsonNode node = rule.path("options");
    if (node.isMissingNode() || node.isNull()) {
      return options;
    }
    requireObject(node, path + ".options");
    Set<String> known = knownOptions.getOrDefault(id, Set.of());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String optionPath = path + ".options." + entry.getKey();
      if (!definesOptions && !known.contains(entry.getKey())) {
        throw fail(
            optionPath,
            known.isEmpty()
                ? "this rule has no options"
                : "unknown option (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
      if (!entry.getValue().isNumber()) {
        throw fail(optionPath, "'" + entry.getValue().asText() + "' is not a number");
      }
      options.put(entry.getKey(), entry.getValue().doubleValue());
    }
    return options;
  }

  private Map<String, List<String>> style(JsonNode node) {
    Map<String, List<String>> style = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return style;
    }
    requireObject(node, "style");
    Map<String, String> seen = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String preferred = entry.getKey().strip();
      String path = "style." + entry.getKey();
      if (preferred.isEmpty()) {
        throw fail("style", "a preferred spelling is empty");
      }
      List<String> variants = new ArrayList<>();
      JsonNode value = entry.getValue();
      List<JsonNode> items = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(items::add);
      } else {
        items.add(value);
      }
      for (JsonNode item : items) {
        if (!item.isTextual() || item.textValue().isBlank()) {
          throw fail(path, "'" + item.asText() + "' is not a spelling (expected a list of variant spellings)");
        }
        String variant = item.textValue().strip();
        String earlier = seen.put(variant.toLowerCase(Locale.ROOT), preferred);
        if (earlier != null && !earlier.equals(preferred)) {
          throw fail(path, "'" + variant + "' is already a variant of '" + earlier + "'");
        }
        variants.add(variant);
      }
      style.put(preferred, variants);
    }
    return style;
  }

  private List<Pattern> boilerplate(JsonNode node) {
    List<Pattern> patterns = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return patterns;
    }
    if (!node.isArray()) {
      throw fail("boilerplate", "expected a list of patterns");
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String path = "boilerplate[" + i + "]";
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw fail(path, "'" + item.asText() + "' is not a pattern");
      }
      try {
        patterns.add(Pattern.compile(item.textValue(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw fail(path, "'" + item.textValue() + "' is not a regular expression: " + e.getDescription());
      }
    }
    return patterns;
  }

  private void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "expected a mapping of keys to values, found '" + node.asText() + "'");
    }
  }

  private void checkKeys(JsonNode node, String prefix, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw fail(prefix + key, "unknown key (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }

  private ConfigurationException fail(String path, String problem) {
    return new ConfigurationException(source + ": " + path + ": " + problem);
  }

  /** The ids of the built-in rules, collected once. */
  private static final class RuleIds {
    static final Set<String> BUILT_IN =
        BuiltInRules.all().stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
  }
}
