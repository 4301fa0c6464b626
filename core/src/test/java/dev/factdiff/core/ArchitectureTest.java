package dev.factdiff.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** CoreNLP is wrapped by one class; no other main source of any module imports it. */
class ArchitectureTest {

  @Test
  void onlyTheAnnotatorImportsCoreNlp() throws IOException {
    Path root = Seeds.dir().getParent();
    List<String> importers;
    try (Stream<Path> files = Files.walk(root)) {
      importers =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
              .filter(ArchitectureTest::importsCoreNlp)
              .map(p -> p.getFileName().toString())
              .toList();
    }
    assertEquals(List.of("CoreNlpAnnotator.java"), importers);
  }

  private static boolean importsCoreNlp(Path file) {
    try {
      return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import edu.stanford"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
