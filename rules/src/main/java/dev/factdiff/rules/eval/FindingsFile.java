package dev.factdiff.rules.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the findings file that {@code score-findings.py --findings} reads: one {@code {"id", "findings"}} a line. */
public final class FindingsFile {

  private static final ObjectWriter LINE_WRITER = new ObjectMapper().writer();

  private FindingsFile() {}

  public static void write(Path path, List<CaseFindings> cases) {
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (CaseFindings c : cases) {
        out.write(LINE_WRITER.writeValueAsString(c));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
