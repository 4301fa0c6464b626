package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, defects 1 and 2: every limit of a check is enforced with one line that names it, on the command line
 * (exit 2) and in the service (a JSON status), and the service stays healthy after each.
 */
class LimitsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ORIGINAL = "A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n";
  private static final String REVISED = "A headline\n\nThe council approved 19 new posts on Monday, the mayor said.\n";

  @TempDir Path dir;

  private Cli.Result check(String... options) throws IOException {
    Path original = Files.writeString(dir.resolve("original.txt"), ORIGINAL);
    Path revised = Files.writeString(dir.resolve("revised.txt"), REVISED);
    String[] args = new String[options.length + 3];
    args[0] = "check";
    args[1] = original.toString();
    args[2] = revised.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return Cli.run(args);
  }

  private static void assertRefused(Cli.Result result, String limit) {
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains(limit), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertEquals("", result.out());
  }

  @Test
  void aCheckPastItsDeadlineStopsWithExitTwo() throws IOException {
    assertRefused(check("--deadline", "0.001"), "deadline of 1 ms (the --deadline limit)");
  }

  @Test
  void aSentenceLongerThanTheLimitIsRefused() throws IOException {
    assertRefused(check("--max-sentence-chars", "40"), "--max-sentence-chars");
  }

  @Test
  void anArticleLargerThanTheLimitIsRefused() throws IOException {
    assertRefused(check("--max-article-bytes", "40"), "--max-article-bytes");
  }

  @Test
  void theDefaultsLetAnArticleThrough() throws IOException {
    assertEquals(ExitCode.BLOCKED, check().code());
  }

  /** The service with a checker whose alignment runs {@code aligner}, within {@code limits}. */
  private static CheckServer server(BiFunction<Article, Article, Alignment> aligner, Limits limits) throws IOException {
    Checker checker =
        new Checker(TestParser.get(), aligner, RuleEngine.withBuiltInRules(RuleConfiguration.defaults()));
    Tool tool = new Tool("factdiff", "test");
    return CheckServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new Inspection(checker, tool, limits), CheckOptions.defaults(), limits.maxRequestBytes(), 1, tool);
  }

  private static HttpResponse<String> send(CheckServer server, String method, String path, String body)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String pair() {
    return MAPPER.createObjectNode().put("original", ORIGINAL).put("revised", REVISED).toString();
  }

  private static void assertAnswered(CheckServer server, int status, String expected) throws Exception {
    HttpResponse<String> response = send(server, "POST", "/check", pair());
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = MAPPER.readTree(response.body());
    assertTrue(body.path("error").asText().contains(expected), response.body());
    // One worker: it is free again, and the service answers the next requests.
    assertEquals(200, send(server, "GET", "/health", null).statusCode());
    assertEquals(status, send(server, "POST", "/check", pair()).statusCode());
  }

  @Test
  void theServiceAnswers504AtTheDeadlineAndGoesOn() throws Exception {
    BiFunction<Article, Article, Alignment> slow = (a, b) -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Aligner().align(a, b);
    };
    try (CheckServer server = server(slow, Limits.DEFAULT.withDeadline(Duration.ofMillis(100)))) {
      assertAnswered(server, 504, "--deadline");
    }
  }

  @Test
  void theServiceAnswers503WhenACheckRunsOutOfMemoryAndGoesOn() throws Exception {
    BiFunction<Article, Article, Alignment> greedy = (a, b) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    try (CheckServer server = server(greedy, Limits.DEFAULT)) {
      assertAnswered(server, 503, "out of memory");
    }
  }

  @Test
  void theServiceRefusesASentenceTooLongWith400() throws Exception {
    try (CheckServer server = server(new Aligner()::align, Limits.DEFAULT.withMaxSentenceChars(40))) {
      assertAnswered(server, 400, "--max-sentence-chars");
    }
  }
}
