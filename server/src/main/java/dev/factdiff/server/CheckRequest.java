package dev.factdiff.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.reports.Gate;
import dev.factdiff.rules.Severity;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /v1/check}, read strictly where a mistake would change the answer (types, values,
 * duplicate keys: which of two {@code original}s would be checked?) and leniently where it would not: fields the
 * service does not know are ignored, so that a CMS that sends its own ({@code articleId}) keeps working.
 *
 * @param unknownFields the top-level fields that were ignored, for the log
 */
record CheckRequest(
    String original,
    String revised,
    String originalName,
    String revisedName,
    Optional<ReportFormat> format,
    Optional<Gate> failOn,
    Optional<Severity> minSeverity,
    Set<String> enable,
    Set<String> disable,
    Set<String> dismissed,
    boolean assumeEnglish,
    List<String> unknownFields) {

  static final Set<String> FIELDS =
      Set.of("original", "revised", "originalName", "revisedName", "format", "failOn", "minSeverity", "rules",
          "dismissed", "assumeEnglish");

  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  CheckRequest {
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    dismissed = Set.copyOf(dismissed);
    unknownFields = List.copyOf(unknownFields);
  }

  /** Reads a body; whatever cannot be used is an {@link ApiException} 400 naming the field. */
  static CheckRequest parse(byte[] body, Set<String> ruleIds) {
    JsonNode root;
    try {
      root = STRICT.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "the body is not valid JSON: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ApiException(400, "the body cannot be read: " + oneLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ApiException(400, "the body must be a JSON object with \"original\" and \"revised\" texts");
    }
    List<String> unknown = new java.util.ArrayList<>();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    Optional<ReportFormat> format =
        optionalText(root, "format")
            .map(f -> ReportFormat.named(f).orElseThrow(() -> new ApiException(400,
                "\"format\" must be one of " + ReportFormat.accepted() + ", not \"" + f + "\"")));
    Optional<Gate> failOn =
        optionalText(root, "failOn").map(v -> parseOrFail(() -> Gate.parse(v), "\"failOn\" must be error, warning, info or never"));
    Optional<Severity> minSeverity =
        optionalText(root, "minSeverity").map(v -> parseOrFail(() -> Severity.parse(v), "\"minSeverity\" must be error, warning or info"));
    JsonNode rules = root.path("rules");
    if (!rules.isMissingNode() && !rules.isObject()) {
      throw new ApiException(400, "\"rules\" must be an object with \"enable\" and \"disable\" lists of rule ids");
    }
    for (Iterator<String> names = rules.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("enable") && !name.equals("disable")) {
        throw new ApiException(400, "\"rules\" takes \"enable\" and \"disable\", not \"" + name + "\"");
      }
    }
    Set<String> enable = ruleIds(rules, "enable", ruleIds);
    Set<String> disable = ruleIds(rules, "disable", ruleIds);
    Set<String> both = new TreeSet<>(enable);
    both.retainAll(disable);
    if (!both.isEmpty()) {
      throw new ApiException(400, "rules both enabled and disabled: " + String.join(", ", both));
    }
    Set<String> dismissed = strings(root, "dismissed", "\"dismissed\"");
    for (String id : dismissed) {
      if (!dev.factdiff.reports.FindingId.isWellFormed(id)) {
        throw new ApiException(400, "\"dismissed\" holds finding fingerprints (64 hexadecimal digits), not \""
            + abbreviated(id) + "\"");
      }
    }
    JsonNode assumeEnglish = root.path("assumeEnglish");
    if (!assumeEnglish.isMissingNode() && !assumeEnglish.isBoolean()) {
      throw new ApiException(400, "\"assumeEnglish\" must be true or false");
    }
    return new CheckRequest(
        requiredText(root, "original"),
        requiredText(root, "revised"),
        optionalText(root, "originalName").orElse("original"),
        optionalText(root, "revisedName").orElse("revised"),
        format, failOn, minSeverity, enable, disable, dismissed, assumeEnglish.asBoolean(false), unknown);
  }

  private static Set<String> ruleIds(JsonNode rules, String field, Set<String> known) {
    Set<String> ids = strings(rules, field, "\"rules." + field + "\"");
    Set<String> strangers = new TreeSet<>(ids);
    strangers.removeAll(known);
    if (!strangers.isEmpty()) {
      throw new ApiException(400, "\"rules." + field + "\" names unknown rules: " + String.join(", ", strangers)
          + " (GET /v1/rules lists them)");
    }
    return ids;
  }

  private static Set<String> strings(JsonNode parent, String field, String label) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return Set.of();
    }
    if (!node.isArray()) {
      throw new ApiException(400, label + " must be a list of strings");
    }
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new ApiException(400, label + " must be a list of strings");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static <T> T parseOrFail(java.util.function.Supplier<T> parse, String message) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, message);
    }
  }

  private static String requiredText(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new ApiException(400, "\"" + field + "\" must be a string");
    }
    return node.asText();
  }

  private static Optional<String> optionalText(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new ApiException(400, "\"" + field + "\" must be a string");
    }
    return Optional.of(node.asText());
  }

  private static String abbreviated(String text) {
    return text.length() > 70 ? text.substring(0, 67) + "..." : text;
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
  }
}
