package dev.factdiff.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.config.RuleConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** A service on 127.0.0.1 and a free port, with the shared test parser, and its log kept for the test to read. */
final class TestService implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Tool TOOL = new Tool("factdiff", "test");
  static final String ORIGINAL = "A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n";
  static final String REVISED = "A headline\n\nThe council approved 19 new posts on Monday, the mayor said.\n";

  final CheckService service;
  final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestService(ServerSettings settings, Supplier<ArticleChecks> loader) {
    this.service = CheckService.start(settings, loader, TOOL, log::add);
  }

  /** Started, and ready. */
  static TestService ready(ServerSettings settings) throws Exception {
    return ready(settings, new Aligner()::align);
  }

  static TestService ready(ServerSettings settings, BiFunction<Article, Article, Alignment> aligner) throws Exception {
    TestService test = new TestService(settings, () -> checks(aligner));
    test.service.loaded().get(120, TimeUnit.SECONDS);
    return test;
  }

  /** Started, with models that load only when {@code loader} returns. */
  static TestService loading(ServerSettings settings, Supplier<ArticleChecks> loader) {
    return new TestService(settings, loader);
  }

  static ArticleChecks checks(BiFunction<Article, Article, Alignment> aligner) {
    return new ArticleChecks(TestParser.get(), aligner, RuleConfiguration.defaults(), Optional.empty(), TOOL);
  }

  static String pair() {
    return MAPPER.createObjectNode().put("original", ORIGINAL).put("revised", REVISED).toString();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  int port() {
    return service.port();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, null, headers);
  }

  HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    return send("POST", path, body, headers);
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(120))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The log lines of {@code event}, as JSON. */
  List<JsonNode> logged(String event) throws Exception {
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : log) {
      JsonNode node = MAPPER.readTree(line);
      if (node.path("event").asText().equals(event)) {
        lines.add(node);
      }
    }
    return lines;
  }

  /** The request log line of the answer {@code response}, found by its request id. */
  JsonNode loggedRequest(HttpResponse<String> response) throws Exception {
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    // The line is written once the answer has been sent: give the server thread a moment.
    for (int i = 0; i < 100; i++) {
      for (JsonNode line : logged("request")) {
        if (line.path("id").asText().equals(id)) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no log line for request " + id + " in " + log);
  }

  static void assertError(HttpResponse<String> response, int status, String expected) throws Exception {
    org.junit.jupiter.api.Assertions.assertEquals(status, response.statusCode(), response.body());
    JsonNode error = MAPPER.readTree(response.body());
    org.junit.jupiter.api.Assertions.assertEquals(List.of("error"), com.google.common.collect.ImmutableList.copyOf(error.fieldNames()), response.body());
    assertTrue(error.get("error").asText().contains(expected), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  static Map<String, String> none() {
    return Map.of();
  }

  @Override
  public void close() {
    service.stop();
  }
}
