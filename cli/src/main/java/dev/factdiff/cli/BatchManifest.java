package dev.factdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pairs a batch checks, read from a manifest: CSV ({@code original,revised[,name]}, a header line allowed) or
 * JSON Lines ({@code {"original", "revised", "name"?}}). Paths are relative to the manifest's folder. A pair without
 * a name is named after its revision's file; names are made safe as file names and unique, in manifest order, so
 * that each pair's reports have a stable name from run to run. A line that is not a pair is a
 * {@link UsageException} naming the file and the line: nothing is checked from a manifest that cannot be read.
 */
final class BatchManifest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One pair to check. */
  record Pair(String name, Path original, Path revised) {}

  private BatchManifest() {}

  static List<Pair> read(Path manifest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(manifest + ": no such manifest");
    } catch (IOException e) {
      throw new UsageException(manifest + ": cannot read the manifest (" + OutputFiles.describe(e) + ")", e);
    }
    boolean jsonl = manifest.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")
        || lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("").startsWith("{");
    Path base = Optional.ofNullable(manifest.toAbsolutePath().getParent()).orElse(Path.of("."));
    List<String[]> entries = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = jsonl ? json(manifest, i + 1, line) : csv(manifest, i + 1, line);
      if (!jsonl && entries.isEmpty() && fields[0].strip().equalsIgnoreCase("original")
          && fields[1].strip().equalsIgnoreCase("revised")) {
        continue; // the header
      }
      entries.add(fields);
      lineNumbers.add(i + 1);
    }
    if (entries.isEmpty()) {
      throw new UsageException(manifest + ": no pairs (expected lines of original,revised[,name] or JSON Lines)");
    }
    List<Pair> pairs = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String[] fields = entries.get(i);
      Path original = base.resolve(fields[0].strip());
      Path revised = base.resolve(fields[1].strip());
      String wanted = fields[2] == null || fields[2].isBlank() ? stem(revised) : fields[2].strip();
      String name = safe(wanted);
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = safe(wanted) + "-" + n;
      }
      pairs.add(new Pair(name, original, revised));
    }
    return List.copyOf(pairs);
  }

  private static String[] json(Path manifest, int line, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UsageException(manifest + ":" + line + ": not a JSON object (" + OutputFiles.describe(e) + ")", e);
    }
    if (node == null || !node.isObject() || !node.path("original").isTextual() || !node.path("revised").isTextual()
        || node.path("original").asText().isBlank() || node.path("revised").asText().isBlank()) {
      throw new UsageException(manifest + ":" + line + ": expected {\"original\": path, \"revised\": path, "
          + "\"name\"?: text}");
    }
    String name = node.path("name").isTextual() ? node.get("name").asText() : null;
    return new String[] {node.get("original").asText(), node.get("revised").asText(), name};
  }

  /** One CSV record on one line: fields separated by commas, double-quoted where they hold a comma or a quote. */
  private static String[] csv(Path manifest, int line, String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new UsageException(manifest + ":" + line + ": a quoted field is not closed");
    }
    fields.add(field.toString());
    if (fields.size() < 2 || fields.size() > 3 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
      throw new UsageException(manifest + ":" + line + ": expected original,revised[,name] but found "
          + fields.size() + " field" + (fields.size() == 1 ? "" : "s"));
    }
    return new String[] {fields.get(0), fields.get(1), fields.size() == 3 ? fields.get(2) : null};
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Letters, digits, '.', '-' and '_' only; never empty, never a hidden file, never the summary's own name. */
  static String safe(String name) {
    String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
    if (safe.isEmpty()) {
      safe = "pair";
    }
    if (safe.length() > 100) {
      safe = safe.substring(0, 100);
    }
    return safe.equalsIgnoreCase(BatchSummary.NAME) ? safe + "-pair" : safe;
  }
}
