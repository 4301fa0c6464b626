package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.Block;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.DeadlineExceededException;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.ConfigurationException;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.CheckOutcome;
import dev.factdiff.rules.testing.Invariants;
import dev.factdiff.rules.testing.TestCheckers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzz targets (Jazzer, issue 21). In every build they run as regression tests on their committed corpus
 * ({@code src/test/resources/dev/factdiff/cli/FuzzTargetsTestInputs/TARGET/}): every input that ever broke one
 * stays there. With {@code JAZZER_FUZZ=1} and one target selected ({@code -Dtest=FuzzTargetsTest#readingText})
 * Jazzer fuzzes that target for its {@code maxDuration}; {@code .ci/fuzz} does so for each target, and
 * docs/RELIABILITY.md says how to run longer. Each target states what must hold for any input: only the errors
 * meant for bad input, with a one-line message, and the invariants of {@link Invariants}.
 */
class FuzzTargetsTest {

  /** Small limits: the fuzzer explores content, not size, and a check must end well within the run. */
  private static final Limits LIMITS =
      Limits.DEFAULT.withMaxArticleBytes(16 * 1024).withMaxSentenceChars(2_000).withDeadline(Duration.ofSeconds(20));

  /** Every tag the report's template and script write: any other in a report came from the input. */
  private static final Set<String> REPORT_TAGS =
      Set.of("body", "head", "html", "meta", "script", "style", "title", "a", "button", "code", "dd", "details",
          "div", "dl", "dt", "fieldset", "footer", "form", "h1", "h2", "h3", "header", "input", "kbd", "label",
          "legend", "li", "main", "ol", "p", "q", "section", "span", "strong", "summary", "ul", "#root");

  @FuzzTest(maxDuration = "5s")
  void readingText(byte[] data) {
    read("fuzz.txt", data);
  }

  @FuzzTest(maxDuration = "5s")
  void readingHtml(byte[] data) {
    read("fuzz.html", data);
  }

  @FuzzTest(maxDuration = "10s")
  void checkUnderTheDeadline(byte[] data) {
    byte[][] halves = halves(data);
    SourceText original;
    SourceText revised;
    try {
      original = ArticleReader.read("original.txt", halves[0], LIMITS.maxArticleBytes());
      revised = ArticleReader.read("revised.txt", halves[1], LIMITS.maxArticleBytes());
    } catch (InputException e) {
      oneLine(e.getMessage());
      return;
    }
    try {
      CheckOutcome outcome = TestCheckers.standard().check(original, revised, LIMITS);
      Invariants.spansQuoteTheirText(outcome);
    } catch (InputException | DeadlineExceededException e) {
      oneLine(e.getMessage());
    }
  }

  @FuzzTest(maxDuration = "10s")
  void htmlReport(byte[] data) throws IOException {
    byte[][] halves = halves(data);
    Path dir = Files.createTempDirectory("factdiff-fuzz");
    try {
      Path original = Files.write(dir.resolve("original.txt"), halves[0]);
      Path revised = Files.write(dir.resolve("revised.txt"), halves[1]);
      Cli.Result result =
          Cli.run("check", original.toString(), revised.toString(), "--format", "html", "--fail-on", "never",
              "--max-article-bytes", String.valueOf(LIMITS.maxArticleBytes()), "--max-sentence-chars", "2000");
      if (result.code() == ExitCode.BAD_INPUT) {
        oneLine(result.err());
        return;
      }
      assertEquals(0, result.code(), result.err());
      Document page = Jsoup.parse(result.out());
      assertEquals(1, page.select("script").size(), "only the report's own script");
      for (Element element : page.getAllElements()) {
        assertTrue(REPORT_TAGS.contains(element.tagName()), "a tag from the input: " + element.tagName());
        for (Attribute attribute : element.attributes()) {
          assertTrue(!attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
              "an event handler from the input: " + attribute);
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void configuration(byte[] data) throws IOException {
    boolean json = data.length > 0 && (data[0] & 1) == 1;
    Path dir = Files.createTempDirectory("factdiff-fuzz");
    Path file = Files.write(dir.resolve(json ? "config.json" : "config.yaml"), data);
    try {
      RuleConfiguration configuration = RuleConfiguration.load(file, BuiltInRules.all());
      assertTrue(configuration.limits().maxArticleBytes() > 0);
    } catch (ConfigurationException e) {
      oneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void baseline(byte[] data) throws IOException {
    Path dir = Files.createTempDirectory("factdiff-fuzz");
    Path file = Files.write(dir.resolve("baseline.json"), data);
    try {
      Baseline.load(file);
    } catch (UsageException e) {
      oneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void read(String name, byte[] data) {
    SourceText source;
    try {
      source = ArticleReader.read(name, data, LIMITS.maxArticleBytes());
    } catch (InputException e) {
      oneLine(e.getMessage());
      return;
    }
    int end = 0;
    for (Block block : source.blocks()) {
      assertTrue(block.span().start() >= end && block.span().end() <= source.text().length(),
          "blocks in order and inside the text: " + source.blocks());
      end = block.span().end();
    }
  }

  /** The input cut in two at its first zero byte, or in the middle: an original and a revision. */
  private static byte[][] halves(byte[] data) {
    int cut = 0;
    while (cut < data.length && data[cut] != 0) {
      cut++;
    }
    if (cut == data.length) {
      cut = data.length / 2;
      return new byte[][] {Arrays.copyOfRange(data, 0, cut), Arrays.copyOfRange(data, cut, data.length)};
    }
    return new byte[][] {Arrays.copyOfRange(data, 0, cut), Arrays.copyOfRange(data, cut + 1, data.length)};
  }

  private static void oneLine(String message) {
    assertTrue(message != null && !message.isBlank() && message.strip().lines().count() == 1,
        "one line: " + message);
  }
}
