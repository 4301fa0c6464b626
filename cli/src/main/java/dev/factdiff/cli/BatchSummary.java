package dev.factdiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch leaves beside the reports: {@code summary.csv} for a spreadsheet and {@code summary.json} for a
 * program, one row a pair (in manifest order) with its status, whether it blocks, its counts by severity and by
 * category, and the error that stopped it. The JSON also keeps each pair's key (the hash of its inputs and of the
 * settings), which the next run reads to skip the pairs that have not changed.
 */
final class BatchSummary {
  /** The file name without extension; no pair may take it. */
  static final String NAME = "summary";

  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** How a pair fared in this run. */
  enum Status {
    /** Checked in this run. */
    CHECKED,
    /** Skipped: the same inputs and settings as in the run that wrote its reports. */
    UNCHANGED,
    /** Could not be checked; {@code error} says why. */
    FAILED;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One pair's line.
   *
   * @param key the hash of its inputs and settings; empty when its inputs could not be read
   * @param reports the report files written for it, relative to the output folder
   */
  record Row(
      String pair,
      String original,
      String revised,
      Status status,
      boolean blocked,
      Map<Severity, Integer> bySeverity,
      Map<Category, Integer> byCategory,
      Optional<String> error,
      Optional<String> key,
      List<String> reports) {
    Row {
      bySeverity = Map.copyOf(bySeverity);
      byCategory = Map.copyOf(byCategory);
      reports = List.copyOf(reports);
    }

    static Row failed(BatchManifest.Pair pair, String error, Optional<String> key) {
      return new Row(pair.name(), pair.original().toString(), pair.revised().toString(), Status.FAILED, false,
          Map.of(), Map.of(), Optional.of(error), key, List.of());
    }

    int count(Severity severity) {
      return bySeverity.getOrDefault(severity, 0);
    }

    int total() {
      return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    Row unchanged() {
      return new Row(pair, original, revised, Status.UNCHANGED, blocked, bySeverity, byCategory, error, key, reports);
    }
  }

  private BatchSummary() {}

  static String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder("pair,original,revised,status,blocked,errors,warnings,info,total");
    for (Category c : Category.values()) {
      out.append(',').append(c.name());
    }
    out.append(",error\n");
    for (Row row : rows) {
      out.append(field(row.pair())).append(',').append(field(row.original())).append(',')
          .append(field(row.revised())).append(',').append(row.status().id()).append(',').append(row.blocked())
          .append(',').append(row.count(Severity.ERROR)).append(',').append(row.count(Severity.WARNING))
          .append(',').append(row.count(Severity.INFO)).append(',').append(row.total());
      for (Category c : Category.values()) {
        out.append(',').append(row.byCategory().getOrDefault(c, 0));
      }
      out.append(',').append(field(row.error().orElse(""))).append('\n');
    }
    return out.toString();
  }

  static String json(List<Row> rows, Tool tool) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("summaryVersion", FORMAT_VERSION);
    root.put("tool", tool.name() + " " + tool.version());
    ObjectNode totals = root.putObject("pairs");
    totals.put("total", rows.size());
    for (Status s : Status.values()) {
      totals.put(s.id(), rows.stream().filter(r -> r.status() == s).count());
    }
    totals.put("blocked", rows.stream().filter(Row::blocked).count());
    ArrayNode results = root.putArray("results");
    for (Row row : rows) {
      ObjectNode node = results.addObject();
      node.put("pair", row.pair());
      node.put("original", row.original());
      node.put("revised", row.revised());
      node.put("status", row.status().id());
      node.put("blocked", row.blocked());
      ObjectNode severities = node.putObject("bySeverity");
      for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
        severities.put(s.id(), row.count(s));
      }
      node.put("total", row.total());
      ObjectNode categories = node.putObject("byCategory");
      for (Category c : Category.values()) {
        if (row.byCategory().containsKey(c)) {
          categories.put(c.name(), row.byCategory().get(c));
        }
      }
      node.put("error", row.error().orElse(null));
      ArrayNode reports = node.putArray("reports");
      row.reports().forEach(reports::add);
      node.put("key", row.key().orElse(null));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the batch summary", e);
    }
  }

  /**
   * The rows of the pairs a previous run checked, by pair name: empty when there is no readable summary (a first
   * run, or a summary from another version of the format), so that everything is checked again.
   */
  static Map<String, Row> previous(Path file) {
    Map<String, Row> rows = new HashMap<>();
    JsonNode root;
    try {
      if (!Files.isRegularFile(file)) {
        return rows;
      }
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return rows;
    }
    if (root == null || root.path("summaryVersion").asInt() != FORMAT_VERSION) {
      return rows;
    }
    for (JsonNode node : root.path("results")) {
      Status status = node.path("status").asText().equals("failed") ? Status.FAILED : Status.CHECKED;
      if (status == Status.FAILED || !node.path("key").isTextual()) {
        continue;
      }
      Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
      for (Severity s : Severity.values()) {
        severities.put(s, node.path("bySeverity").path(s.id()).asInt());
      }
      Map<Category, Integer> categories = new EnumMap<>(Category.class);
      node.path("byCategory").fields().forEachRemaining(e -> {
        try {
          categories.put(Category.valueOf(e.getKey()), e.getValue().asInt());
        } catch (IllegalArgumentException unknown) {
          // A category this version does not know: the key will differ anyway.
        }
      });
      List<String> reports = new ArrayList<>();
      node.path("reports").forEach(r -> reports.add(r.asText()));
      String pair = node.path("pair").asText();
      rows.put(pair, new Row(pair, node.path("original").asText(), node.path("revised").asText(), status,
          node.path("blocked").asBoolean(), severities, categories, Optional.empty(),
          Optional.of(node.get("key").asText()), reports));
    }
    return rows;
  }

  private static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
