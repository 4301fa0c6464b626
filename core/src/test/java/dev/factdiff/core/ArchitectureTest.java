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
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP is wrapped by one class, the meaning model's embedding libraries by another, each input library (POI,
 * commonmark, ICU, the language detector) by one of its own; no other main source of any module names them: not by
 * an import, a static import or a fully qualified name, wherever it stands in the text.
 */
class ArchitectureTest {

  /** A CoreNLP package name, however it is written into the code: {@code edu.stanford}, {@code edu . stanford}. */
  private static final Pattern CORE_NLP = Pattern.compile("\\bedu\\s*\\.\\s*stanford\\b");

  /** The embedding libraries' packages: LangChain4j, ONNX Runtime and DJL's tokenizers. */
  private static final Pattern EMBEDDING_LIBRARIES =
      Pattern.compile("\\b(dev\\s*\\.\\s*langchain4j|ai\\s*\\.\\s*onnxruntime|ai\\s*\\.\\s*djl)\\b");

  /** Each input library has one adapter class in core's input package; nothing else names it. */
  private static final Map<String, Pattern> INPUT_LIBRARIES =
      Map.of(
          "DocxExtractor.java",
          Pattern.compile("\\b(org\\s*\\.\\s*apache\\s*\\.\\s*(poi|xmlbeans)|org\\s*\\.\\s*openxmlformats)\\b"),
          "MarkdownExtractor.java", Pattern.compile("\\borg\\s*\\.\\s*commonmark\\b"),
          "TextDecoder.java", Pattern.compile("\\bcom\\s*\\.\\s*ibm\\s*\\.\\s*icu\\b"),
          "LanguageDetection.java", Pattern.compile("\\bcom\\s*\\.\\s*optimaize\\b"));

  @Test
  void eachInputLibraryIsNamedByItsAdapterOnly() throws IOException {
    for (Map.Entry<String, Pattern> library : INPUT_LIBRARIES.entrySet()) {
      assertEquals(List.of(library.getKey()), mainSourcesMatching(library.getValue()), library.getValue().pattern());
    }
  }

  @Test
  void everyWayOfNamingAnInputLibraryIsCaught() {
    Pattern poi = INPUT_LIBRARIES.get("DocxExtractor.java");
    assertTrue(poi.matcher("import org.apache.poi.xwpf.usermodel.XWPFDocument;").find());
    assertTrue(poi.matcher("var c = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory;").find());
    assertTrue(poi.matcher("import org .apache\n .xmlbeans.XmlCursor;").find());
    assertFalse(poi.matcher("import org.apache.commons.text.similarity.LevenshteinDistance;").find());
    assertTrue(INPUT_LIBRARIES.get("TextDecoder.java").matcher("import static com.ibm.icu.text.CharsetDetector.x;").find());
  }

  @Test
  void onlyTheAnnotatorNamesCoreNlp() throws IOException {
    assertEquals(List.of("CoreNlpAnnotator.java"), mainSourcesMatching(CORE_NLP));
  }

  /** The main sources, in every module, whose text matches, by file name, sorted. */
  private static List<String> mainSourcesMatching(Pattern pattern) throws IOException {
    Path root = Seeds.dir().getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
          .filter(p -> pattern.matcher(read(p)).find())
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void onlyTheMeaningAdapterNamesTheEmbeddingLibraries() throws IOException {
    assertEquals(List.of("MiniLmMeaningModel.java"), mainSourcesMatching(EMBEDDING_LIBRARIES));
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
