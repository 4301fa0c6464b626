package dev.factdiff.rules.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import java.time.Duration;
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

/**
 * Reads one configuration file into a {@link ConfigurationLayer}, rejecting unknown keys and bad values with a
 * one-line message: {@code "config.yaml: rules.NUMBER_MISMATCH.severity: 'eror' is not one of error, warning, info"}.
 */
final class ConfigurationReader {

  private static final Set<String> TOP_KEYS = Set.of("rules", "style", "boilerplate", "defaultBoilerplate", "limits");
  private static final Set<String> RULE_KEYS =
      Set.of("enabled", "severity", "severityFloor", "severityCeiling", "options");

  private final String source;
  /** The rules this file may configure, by id: the rules the engine will run. */
  private final Map<String, RuleInfo> rules;

  /** A reader for a file that configures {@code rules}, and may name no other rule or option. */
  ConfigurationReader(String source, List<RuleInfo> rules) {
    this.source = source;
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    this.rules = Map.copyOf(byId);
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
    return new ConfigurationLayer(rules, style, boilerplate, keep.asBoolean(true), limits(root.path("limits")));
  }

  private static final Set<String> LIMIT_KEYS = Set.of("maxArticleBytes", "maxSentenceChars", "deadlineSeconds");

  /** The {@code limits} section: each a positive number, the deadline at most a day. */
  private LimitSettings limits(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return LimitSettings.NONE;
    }
    requireObject(node, "limits");
    checkKeys(node, "limits.", LIMIT_KEYS);
    Optional<Integer> bytes = wholeLimit(node.path("maxArticleBytes"), "limits.maxArticleBytes");
    Optional<Integer> chars = wholeLimit(node.path("maxSentenceChars"), "limits.maxSentenceChars");
    JsonNode seconds = node.path("deadlineSeconds");
    Optional<Duration> deadline = Optional.empty();
    if (!seconds.isMissingNode()) {
      if (!seconds.isNumber() || !(seconds.asDouble() > 0) || seconds.asDouble() > 86_400) {
        throw fail("limits.deadlineSeconds", "'" + seconds.asText() + "' is not a number of seconds from 0 to 86400");
      }
      deadline = Optional.of(Duration.ofMillis(Math.max(1, Math.round(seconds.asDouble() * 1000))));
    }
    return new LimitSettings(bytes, chars, deadline);
  }

  private Optional<Integer> wholeLimit(JsonNode node, String path) {
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
      throw fail(path, "'" + node.asText() + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
    }
    return Optional.of(node.asInt());
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
      RuleInfo rule = this.rules.get(id);
      if (rule == null) {
        throw fail(path, "no rule has this id (known: " + String.join(", ", new TreeSet<>(this.rules.keySet())) + ")");
      }
      JsonNode ruleNode = entry.getValue();
      requireObject(ruleNode, path);
      checkKeys(ruleNode, path + ".", RULE_KEYS);
      Optional<Severity> severity = severity(ruleNode, path, "severity");
      Optional<Severity> floor = severity(ruleNode, path, "severityFloor");
      Optional<Severity> ceiling = severity(ruleNode, path, "severityCeiling");
      if (severity.isPresent() && (floor.isPresent() || ceiling.isPresent())) {
        throw fail(
            path + ".severity",
            "sets every finding's severity, so it takes no severityFloor or severityCeiling beside it");
      }
      if (floor.isPresent() && ceiling.isPresent() && !ceiling.get().atLeast(floor.get())) {
        throw fail(path + ".severityFloor", "'" + floor.get().id() + "' is above the severityCeiling '"
            + ceiling.get().id() + "'");
      }
      rules.put(id, new RuleSettings(enabled(ruleNode, path), severity, floor, ceiling, options(ruleNode, rule, path)));
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

  private Optional<Severity> severity(JsonNode rule, String path, String key) {
    JsonNode node = rule.path(key);
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    try {
      if (!node.isTextual()) {
        throw new IllegalArgumentException();
      }
      return Optional.of(Severity.parse(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw fail(path + "." + key, "'" + node.asText() + "' is not one of error, warning, info");
    }
  }

  private Map<String, Number> options(JsonNode ruleNode, RuleInfo rule, String path) {
    Map<String, Number> options = new LinkedHashMap<>();
    JsonNode node = ruleNode.path("options");
    if (node.isMissingNode() || node.isNull()) {
      return options;
    }
    requireObject(node, path + ".options");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String optionPath = path + ".options." + entry.getKey();
      RuleOption<?> option =
          rule.option(entry.getKey())
              .orElseThrow(
                  () ->
                      fail(
                          optionPath,
                          rule.options().isEmpty()
                              ? "this rule has no options"
                              : "unknown option (known: "
                                  + String.join(", ", rule.options().stream().map(RuleOption::name).sorted().toList())
                                  + ")"));
      options.put(entry.getKey(), value(entry.getValue(), option, optionPath));
    }
    return options;
  }

  /** The configured value of an option, of the option's type and within its range. */
  private <T extends Number & Comparable<T>> T value(JsonNode node, RuleOption<T> option, String path) {
    boolean fits = node.isNumber() && (!option.isWholeNumber() || node.isIntegralNumber() && node.canConvertToInt());
    if (!fits) {
      throw fail(path, "'" + node.asText() + "' is not " + option.allowed());
    }
    T value = option.valueOf(node.numberValue());
    if (!option.allows(value)) {
      throw fail(path, value + " is out of range (expected " + option.allowed() + ")");
    }
    return value;
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
}
