package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.engine.SpareCore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP service on 127.0.0.1 and a free port; every request has a timeout. */
class CheckServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_BYTES = 200_000;
  private static CheckServer server;
  private static HttpClient client;
  private static SpareCore spare;

  @BeforeAll
  static void start() throws Exception {
    spare = SpareCore.start();
    var checker = Checkers.create(Optional.empty(), TestParser.get(), spare);
    server =
        CheckServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            new Inspection(checker, new Tool("factdiff", "test")), CheckOptions.defaults(), MAX_BYTES, 2,
            new Tool("factdiff", "test"));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    spare.close();
    server.close();
  }

  private static HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(120))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String seedRequest(String failOn) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("original", Seeds.text(Seeds.ORIGINAL));
    body.put("revised", Seeds.text(Seeds.REVISED));
    body.put("originalName", Seeds.ORIGINAL);
    if (failOn != null) {
      body.put("failOn", failOn);
    }
    return body.toString();
  }

  private static void assertBadRequest(HttpResponse<String> response, int status, String expected) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode error = MAPPER.readTree(response.body());
    assertEquals(Set.of("error"), Set.copyOf(com.google.common.collect.ImmutableList.copyOf(error.fieldNames())));
    assertTrue(error.get("error").asText().contains(expected), response.body());
    assertFalse(error.get("error").asText().contains("\n"));
  }

  @Test
  void health() throws Exception {
    HttpResponse<String> response = send("GET", "/health", null);
    assertEquals(200, response.statusCode());
    assertEquals("ok", MAPPER.readTree(response.body()).get("status").asText());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void checkReturnsTheSchemaValidReportAndBlockedFollowsFailOn() throws Exception {
    HttpResponse<String> never = send("POST", "/check", seedRequest("never"));
    assertEquals(200, never.statusCode(), never.body());
    assertEquals(Set.of(), ReportSchema.violations(never.body()));
    JsonNode report = MAPPER.readTree(never.body());
    assertFalse(report.get("blocked").asBoolean());
    assertEquals(Seeds.ORIGINAL, report.at("/original/name").asText());
    assertEquals("revised", report.at("/revised/name").asText());
    assertTrue(report.get("findings").size() > 0);

    JsonNode info = MAPPER.readTree(send("POST", "/check", seedRequest("info")).body());
    assertTrue(info.get("blocked").asBoolean());
    assertEquals(report.get("findings"), info.get("findings"), "the gate changes nothing else");
  }

  @Test
  void aVersionInAnotherLanguageIsABadRequest() throws Exception {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("original", Seeds.text(Seeds.ORIGINAL));
    // Written for this test: a local news item in French.
    body.put("revised", "Le conseil municipal a approuvé lundi soir la construction d'un nouveau pont sur la rivière,"
        + " pour un coût de 4,5 millions d'euros, a annoncé le maire dans un communiqué. Les travaux doivent commencer"
        + " au printemps prochain et durer deux ans, selon les services techniques de la ville.");
    assertBadRequest(send("POST", "/check", body.toString()), 400,
        "revised: the revised version reads as French; factdiff compares English versions");
  }

  @Test
  void badRequestsGetOneLineOfJson() throws Exception {
    assertBadRequest(send("POST", "/check", "{not json"), 400, "not JSON");
    assertBadRequest(send("POST", "/check", "[1]"), 400, "JSON object");
    assertBadRequest(send("POST", "/check", "{\"original\": \"Some text.\"}"), 400, "\"revised\"");
    assertBadRequest(send("POST", "/check", "{\"original\": \"A.\", \"revised\": 5}"), 400, "\"revised\" must be a string");
    assertBadRequest(send("POST", "/check", "{\"original\": \"A.\", \"revised\": \"B.\", \"x\": 1}"), 400, "unknown field");
    assertBadRequest(send("POST", "/check", "{\"original\": \"A.\", \"revised\": \"B.\", \"failOn\": \"fatal\"}"), 400, "failOn");
    assertBadRequest(send("POST", "/check", "{\"original\": \"   \", \"revised\": \"Text here.\"}"), 400, "empty");
    assertBadRequest(send("POST", "/check", "{\"original\": \"" + "a".repeat(MAX_BYTES) + "\", \"revised\": \"b\"}"), 413, "too large");
    assertBadRequest(send("GET", "/check", null), 405, "POST");
    assertBadRequest(send("GET", "/nowhere", null), 404, "no such endpoint");
  }

  @Test
  void keepsServingAfterBadRequests() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(400, send("POST", "/check", "{").statusCode());
    }
    assertEquals(200, send("GET", "/health", null).statusCode());
  }
}
