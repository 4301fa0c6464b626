package dev.factdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.reports.FindingId;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Findings an editor has dismissed, by fingerprint ({@link FindingId}, the JSON report's {@code id}): a hash of
 * the rule, the category and both excerpts normalized (case, accents' composition, punctuation and spacing), never
 * offsets, so that a revision that moves text around keeps its baseline.
 */
final class Baseline {
  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Set.copyOf(fingerprints);
  }

  static Baseline empty() {
    return new Baseline(Set.of());
  }

  static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream().map(Baseline::fingerprint).collect(Collectors.toSet()));
  }

  /** Reads a file that {@link #write} wrote; anything else is a {@link UsageException}. */
  static Baseline load(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such baseline file");
    } catch (AccessDeniedException e) {
      throw new UsageException(file + ": permission denied (cannot read the baseline)", e);
    } catch (CharacterCodingException e) {
      // Files.readString says only "Input length = 1".
      throw new UsageException(file + ": not a factdiff baseline (not UTF-8 text: a binary file?)", e);
    } catch (IOException e) {
      throw new UsageException(file + ": not a factdiff baseline (" + firstLine(e.getMessage()) + ")", e);
    }
    if (root == null
        || !root.path("baselineVersion").isInt()
        || root.path("baselineVersion").asInt() != FORMAT_VERSION
        || !root.path("findings").isArray()) {
      throw new UsageException(file + ": not a factdiff baseline (expected baselineVersion " + FORMAT_VERSION
          + " and a findings array)");
    }
    Set<String> prints = new HashSet<>();
    for (JsonNode entry : root.get("findings")) {
      String print = entry.path("fingerprint").asText("");
      if (!FindingId.isWellFormed(print)) {
        throw new UsageException(file + ": not a factdiff baseline (bad fingerprint '" + print + "')");
      }
      prints.add(print);
    }
    return new Baseline(prints);
  }

  /** Records {@code findings}, one entry per fingerprint with what it stands for, sorted, so diffs stay small. */
  static void write(Path file, List<Finding> findings, Tool tool) {
    try {
      OutputFiles.writeAtomically(file, render(findings, tool));
    } catch (IOException e) {
      throw new UsageException(file + ": cannot write the baseline (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  /** What {@link #write} writes. */
  static String render(List<Finding> findings, Tool tool) {
    TreeMap<String, Finding> byPrint = new TreeMap<>();
    for (Finding f : findings) {
      byPrint.putIfAbsent(fingerprint(f), f);
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("baselineVersion", FORMAT_VERSION);
    root.put("tool", tool.name() + " " + tool.version());
    ArrayNode entries = root.putArray("findings");
    byPrint.forEach(
        (print, f) -> {
          ObjectNode entry = entries.addObject();
          entry.put("fingerprint", print);
          entry.put("rule", f.ruleId());
          entry.put("category", f.category().name());
          entry.put("message", f.message());
          entry.put("original", f.original().map(Excerpt::text).orElse(null));
          entry.put("revised", f.revised().map(Excerpt::text).orElse(null));
        });
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render the baseline", e);
    }
  }

  boolean contains(Finding finding) {
    return fingerprints.contains(fingerprint(finding));
  }

  int size() {
    return fingerprints.size();
  }

  /** The finding's {@link FindingId}: the report's {@code id} is what the baseline records. */
  static String fingerprint(Finding finding) {
    return FindingId.of(finding);
  }

  /** The fingerprints recorded, for the service, which skips them as this baseline does. */
  Set<String> fingerprints() {
    return fingerprints;
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("");
  }
}
