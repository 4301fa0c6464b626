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

/**
 * CoreNLP is wrapped by one class, the meaning model's embedding library by another; no other main source of any
 * module imports either.
 */
class ArchitectureTest {

  @Test
  void onlyTheAnnotatorImportsCoreNlp() throws IOException {
    assertEquals(List.of("CoreNlpAnnotator.java"), importersOf(List.of("edu.stanford")));
  }

  @Test
  void onlyTheMeaningAdapterImportsTheEmbeddingLibraries() throws IOException {
    assertEquals(
        List.of("MiniLmMeaningModel.java"), importersOf(List.of("dev.langchain4j", "ai.onnxruntime", "ai.djl")));
  }

  /** The main sources, in every module, that import from any of these packages, by file name. */
  private static List<String> importersOf(List<String> packages) throws IOException {
    Path root = Seeds.dir().getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(p -> imports(p, packages))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static boolean imports(Path file, List<String> packages) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(l -> packages.stream().anyMatch(p -> l.startsWith("import " + p + ".")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
