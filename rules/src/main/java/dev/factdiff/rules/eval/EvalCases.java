package dev.factdiff.rules.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads evaluation cases: a JSON Lines file of cases ({@code ../shared/eval/README.md}), or an {@code
 * expected-findings.json} (or the folder holding one) with its two articles beside it. Places given as excerpts
 * are located as the independent scorer locates them: the first occurrence in that version's text.
 */
public final class EvalCases {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalCases() {}

  public static List<EvalCase> load(Path path) {
    if (Files.isDirectory(path)) {
      return List.of(loadExpectedFindings(path.resolve("expected-findings.json")));
    }
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      return loadJsonLines(path);
    }
    if (name.endsWith(".json")) {
      return List.of(loadExpectedFindings(path));
    }
    throw new EvalException(path + ": expected a .jsonl file of cases, an expected-findings.json or its folder");
  }

  static List<EvalCase> loadJsonLines(Path path) {
    List<EvalCase> cases = new ArrayList<>();
    List<String> lines = readLines(path);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = path + ":" + (i + 1);
      JsonNode node = parse(lines.get(i), where);
      String original = text(node, "original", where);
      String revised = text(node, "revised", where);
      cases.add(
          new EvalCase(
              text(node, "id", where),
              node.path("source").asText("cases"),
              original,
              revised,
              items(node.path("must"), original, revised),
              items(node.path("optional"), original, revised),
              items(node.path("must_not"), original, revised)));
    }
    return cases;
  }

  static EvalCase loadExpectedFindings(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new EvalException(file + ": no such file");
    }
    JsonNode node = parse(String.join("\n", readLines(file)), file.toString());
    Path dir = file.toAbsolutePath().getParent();
    String original = article(dir, text(node, "original", file.toString()));
    String revised = article(dir, text(node, "revised", file.toString()));
    return new EvalCase(
        String.valueOf(dir.getFileName()),
        "dir",
        original,
        revised,
        items(node.path("must"), original, revised),
        items(node.path("optional"), original, revised),
        items(node.path("must_not"), original, revised));
  }

  private static List<ExpectedItem> items(JsonNode list, String original, String revised) {
    List<ExpectedItem> items = new ArrayList<>();
    for (JsonNode item : list) {
      String category = item.path("category").asText("");
      Set<String> accept = new LinkedHashSet<>();
      if (item.has("accept")) {
        item.get("accept").forEach(a -> accept.add(a.asText()));
      } else {
        accept.add(category);
      }
      Optional<Set<String>> categories = Optional.empty();
      if (item.has("categories")) {
        Set<String> names = new LinkedHashSet<>();
        item.get("categories").forEach(c -> names.add(c.asText()));
        categories = Optional.of(names);
      }
      JsonNode severity = item.path("severity");
      List<ItemPlace> anyOf = new ArrayList<>();
      for (JsonNode alternative : item.path("any_of")) {
        anyOf.add(new ItemPlace(locate(alternative, "original", original), locate(alternative, "revised", revised)));
      }
      ItemPlace first =
          anyOf.isEmpty()
              ? new ItemPlace(locate(item, "original", original), locate(item, "revised", revised))
              : anyOf.get(0);
      items.add(
          new ExpectedItem(
              item.path("id").asText(""),
              category,
              accept,
              severity.isMissingNode() ? "warning" : severity.isNull() ? "none" : severity.asText(),
              first.original(),
              first.revised(),
              anyOf,
              categories,
              item.path("why").asText("")));
    }
    return items;
  }

  /** The scorer's rule: a non-empty {@code side_span} wins; else the first occurrence of the {@code side} excerpt. */
  private static Optional<Place> locate(JsonNode item, String side, String text) {
    JsonNode span = item.path(side + "_span");
    if (span.isArray() && span.size() >= 2) {
      return Optional.of(Place.widened(span.get(0).asInt(), span.get(1).asInt()));
    }
    JsonNode excerpt = item.path(side);
    if (!excerpt.isTextual() || excerpt.textValue().isEmpty()) {
      return Optional.empty();
    }
    int at = text.indexOf(excerpt.textValue());
    return at < 0 ? Optional.empty() : Optional.of(new Place(at, at + excerpt.textValue().length()));
  }

  private static String article(Path dir, String fileName) {
    Path file = dir.resolve(fileName);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read the article named in expected-findings.json: " + e.getMessage(), e);
    }
  }

  private static List<String> readLines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(String json, String where) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new EvalException(where + ": expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new EvalException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new EvalException(where + ": \"" + field + "\" is missing or not a string");
    }
    return value.textValue();
  }
}
