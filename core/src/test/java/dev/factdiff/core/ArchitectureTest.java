package dev.factdiff.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP is wrapped by one class; no other main source of any module names it: not by an import, a static
 * import or a fully qualified name, wherever it stands in the text.
 */
class ArchitectureTest {

  /** A CoreNLP package name, however it is written into the code: {@code edu.stanford}, {@code edu . stanford}. */
  private static final Pattern CORE_NLP = Pattern.compile("\\bedu\\s*\\.\\s*stanford\\b");

  @Test
  void onlyTheAnnotatorNamesCoreNlp() throws IOException {
    Path root = Seeds.dir().getParent();
    List<String> users;
    try (Stream<Path> files = Files.walk(root)) {
      users =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
              .filter(p -> namesCoreNlp(read(p)))
              .map(p -> p.getFileName().toString())
              .toList();
    }
    assertEquals(List.of("CoreNlpAnnotator.java"), users);
  }

  @Test
  void everyWayOfNamingCoreNlpIsCaught() {
    assertTrue(namesCoreNlp("import edu.stanford.nlp.ling.CoreLabel;"));
    assertTrue(namesCoreNlp("import static edu.stanford.nlp.util.Pair.makePair;"));
    assertTrue(namesCoreNlp("  var p = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);"));
    assertTrue(namesCoreNlp("  Object o = edu\n      .stanford.nlp.ling.CoreAnnotations.TextAnnotation.class;"));
    assertFalse(namesCoreNlp("import dev.factdiff.core.parse.ArticleParser;"));
  }

  private static boolean namesCoreNlp(String source) {
    return CORE_NLP.matcher(source).find();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
