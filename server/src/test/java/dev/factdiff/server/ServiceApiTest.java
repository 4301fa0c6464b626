package dev.factdiff.server;

import static dev.factdiff.server.TestService.MAPPER;
import static dev.factdiff.server.TestService.assertError;
import static dev.factdiff.server.TestService.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.reports.FindingId;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.catalog.RuleCatalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API v1 on one service shared by the tests: every endpoint, and every answer checked against /openapi.json. */
class ServiceApiTest {
  private static TestService service;
  private static OpenApiContract contract;

  @BeforeAll
  static void start() throws Exception {
    service = TestService.ready(ServerSettings.loopback().withLimits(
        dev.factdiff.core.limits.Limits.DEFAULT.withMaxArticleBytes(50_000)));
    HttpResponse<String> openApi = service.get("/openapi.json");
    assertEquals(200, openApi.statusCode());
    contract = new OpenApiContract(openApi.body());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpResponse<String> keeping(String method, String path, HttpResponse<String> response) throws Exception {
    assertEquals(Set.of(), contract.violations(method, path, response), response.body());
    return response;
  }

  private static HttpResponse<String> check(String body, String... headers) throws Exception {
    return keeping("POST", "/v1/check", service.post("/v1/check", body, headers));
  }

  private static String seedRequest() {
    return MAPPER.createObjectNode()
        .put("original", Seeds.text(Seeds.ORIGINAL))
        .put("revised", Seeds.text(Seeds.REVISED))
        .put("originalName", Seeds.ORIGINAL)
        .put("failOn", "never")
        .toString();
  }

  @Test
  void theOpenApiDocumentIsOpenApi31AndDescribesTheReport() throws Exception {
    JsonNode document = MAPPER.readTree(service.get("/openapi.json").body());
    assertEquals("3.1.0", document.path("openapi").asText());
    assertEquals("test", document.at("/info/version").asText());
    assertEquals(
        dev.factdiff.reports.JsonReport.SCHEMA_VERSION,
        document.at("/components/schemas/Report/properties/schemaVersion/const").asInt());
    for (String path : List.of("/v1/check", "/check", "/v1/rules", "/healthz", "/readyz", "/metrics", "/openapi.json")) {
      assertTrue(document.path("paths").has(path), path);
    }
  }

  /** The contract is no formality: answers that break it are caught. */
  @Test
  void answersThatBreakTheDocumentAreCaught() throws Exception {
    assertFalse(contract.violations("GET", "/healthz", 200, "application/json", h -> true, "{\"status\": \"fine\"}").isEmpty());
    assertFalse(contract.violations("POST", "/v1/check", 200, "application/json", h -> true, "{\"findings\": []}").isEmpty());
    assertFalse(contract.violations("POST", "/v1/check", 418, "application/json", h -> true, "{}").isEmpty());
    assertFalse(contract.violations("POST", "/v1/check", 503, "application/json", h -> false, "{\"error\": \"x\"}").isEmpty(),
        "a 503 without Retry-After");
    assertFalse(contract.violations("POST", "/v1/check", 400, "application/json", h -> true, "{\"error\": \"two\\nlines\"}").isEmpty());
    assertEquals(Set.of(), contract.violations("POST", "/v1/check", 400, "application/json", h -> true, "{\"error\": \"one line\"}"));
  }

  @Test
  void healthAndReadiness() throws Exception {
    HttpResponse<String> health = keeping("GET", "/healthz", service.get("/healthz"));
    assertEquals(200, health.statusCode());
    assertEquals("ok", MAPPER.readTree(health.body()).path("status").asText());
    HttpResponse<String> ready = keeping("GET", "/readyz", service.get("/readyz"));
    assertEquals(200, ready.statusCode());
    assertEquals("ready", MAPPER.readTree(ready.body()).path("status").asText());
  }

  @Test
  void theSeedPairGivesTheSchemaValidReportAndTheAliasTheSameBytes() throws Exception {
    HttpResponse<String> v1 = check(seedRequest());
    assertEquals(200, v1.statusCode(), v1.body());
    assertEquals(Set.of(), ReportSchema.violations(v1.body()));
    JsonNode report = MAPPER.readTree(v1.body());
    assertFalse(report.path("blocked").asBoolean());
    assertEquals(Seeds.ORIGINAL, report.at("/original/name").asText());
    assertTrue(report.path("findings").size() > 0);

    HttpResponse<String> alias = keeping("POST", "/check", service.post("/check", seedRequest()));
    assertEquals(v1.body(), alias.body(), "identical inputs, identical reports");

    JsonNode line = service.loggedRequest(v1);
    assertEquals(200, line.path("status").asInt());
    assertEquals("/v1/check", line.path("path").asText());
    int logged = line.at("/findings/error").asInt() + line.at("/findings/warning").asInt() + line.at("/findings/info").asInt();
    assertEquals(report.path("findings").size(), logged);
    assertTrue(line.path("bytesIn").asInt() > 1000);
    assertEquals(v1.body().getBytes(StandardCharsets.UTF_8).length, line.path("bytesOut").asInt());
  }

  @Test
  void failOnAndMinSeverityShapeTheReport() throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    JsonNode never = MAPPER.readTree(check(body.put("failOn", "never").toString()).body());
    JsonNode info = MAPPER.readTree(check(body.put("failOn", "info").toString()).body());
    assertFalse(never.path("blocked").asBoolean());
    assertTrue(info.path("blocked").asBoolean());
    assertEquals(never.path("findings"), info.path("findings"), "the gate changes nothing else");
    JsonNode errorsOnly = MAPPER.readTree(check(body.put("minSeverity", "error").toString()).body());
    for (JsonNode finding : errorsOnly.path("findings")) {
      assertEquals("error", finding.path("severity").asText());
    }
  }

  @Test
  void htmlComesByAcceptOrByFormat() throws Exception {
    HttpResponse<String> accepted = check(pair(), "Accept", "text/html,application/xhtml+xml");
    assertEquals(200, accepted.statusCode());
    assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(accepted.body().startsWith("<!DOCTYPE html>"), accepted.body().substring(0, 40));
    assertEquals("nosniff", accepted.headers().firstValue("X-Content-Type-Options").orElse(""));
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    HttpResponse<String> named = check(body.put("format", "html").toString());
    assertEquals(accepted.body(), named.body());
    HttpResponse<String> json = check(pair(), "Accept", "application/json");
    assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheAcceptedOnes() throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    assertError(check(body.put("format", "pdf").toString()), 400, "json, html, sarif");
  }

  @Test
  void sarifIsTheLogCiSystemsRead() throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    HttpResponse<String> sarif = check(body.put("format", "sarif").toString());
    assertEquals(200, sarif.statusCode(), sarif.body());
    assertTrue(sarif.headers().firstValue("Content-Type").orElse("").startsWith("application/sarif+json"));
    JsonNode log = MAPPER.readTree(sarif.body());
    assertEquals("2.1.0", log.path("version").asText());
    assertTrue(log.path("runs").get(0).path("results").size() > 0, "the seed pair's findings are results");
  }

  @Test
  void aVersionInAnotherLanguageIsRefusedUnlessAssumedEnglish() throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    // Written for this test: a local news item in French.
    body.put("revised", "Le conseil municipal a approuvé lundi soir la construction d'un nouveau pont sur la rivière,"
        + " pour un coût de 4,5 millions d'euros, a annoncé le maire dans un communiqué. Les travaux doivent commencer"
        + " au printemps prochain et durer deux ans, selon les services techniques de la ville.");
    assertError(check(body.toString()), 400, "the revised version reads as French; factdiff compares English versions");
    HttpResponse<String> assumed = check(body.put("assumeEnglish", true).toString());
    assertEquals(200, assumed.statusCode(), assumed.body());
    assertError(check(body.put("assumeEnglish", "yes").toString()), 400, "\"assumeEnglish\" must be true or false");
  }

  @Test
  void unknownFieldsAreIgnoredAndLoggedOnce() throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    body.put("articleId", 42).put("cmsRevision", "r7");
    HttpResponse<String> first = check(body.toString());
    HttpResponse<String> second = check(body.toString());
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(first.body(), second.body());
    assertEquals(1, service.logged("unknown-field-ignored").stream()
        .filter(l -> l.path("field").asText().equals("articleId")).count());
  }

  @Test
  void badBodiesGetOneLineOfJsonNamingTheField() throws Exception {
    assertError(check("{not json"), 400, "not valid JSON");
    assertError(check("[1]"), 400, "JSON object");
    assertError(check("{\"original\": \"Some text.\"}"), 400, "\"revised\"");
    assertError(check("{\"original\": \"A.\", \"revised\": 5}"), 400, "\"revised\" must be a string");
    assertError(check("{\"original\": \"A.\", \"revised\": \"B.\", \"failOn\": \"fatal\"}"), 400, "failOn");
    assertError(check("{\"original\": \"A.\", \"revised\": \"B.\", \"minSeverity\": \"low\"}"), 400, "minSeverity");
    assertError(check("{\"original\": \"   \", \"revised\": \"Text here.\"}"), 400, "empty");
    assertError(check("{\"original\": \"A.\", \"revised\": \"B.\", \"dismissed\": [\"abc\"]}"), 400, "fingerprints");
    assertError(check("{\"original\": \"A.\", \"revised\": \"B.\", \"rules\": {\"disable\": [\"NO_SUCH_RULE\"]}}"), 400,
        "NO_SUCH_RULE");
    assertError(check("{\"original\": \"A.\", \"revised\": \"B.\", \"rules\": {\"only\": []}}"), 400, "\"only\"");
  }

  @Test
  void aDuplicateKeyIsRefused() throws Exception {
    String twice = "{\"original\": \"" + TestService.ORIGINAL.replace("\n", "\\n") + "\", \"revised\": \"x\", "
        + "\"revised\": \"" + TestService.REVISED.replace("\n", "\\n") + "\"}";
    assertError(check(twice), 400, "Duplicate field 'revised'");
  }

  @Test
  void rulesCanBeDisabledForOneRequest() throws Exception {
    JsonNode all = MAPPER.readTree(check(pair()).body());
    Set<String> fired = new java.util.TreeSet<>();
    all.path("findings").forEach(f -> fired.add(f.path("rule").asText()));
    assertFalse(fired.isEmpty(), all.toString());
    String rule = fired.iterator().next();
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    body.putObject("rules").putArray("disable").add(rule);
    JsonNode without = MAPPER.readTree(check(body.toString()).body());
    without.path("findings").forEach(f -> assertNotEquals(rule, f.path("rule").asText()));
    ObjectNode enabled = (ObjectNode) MAPPER.readTree(pair());
    enabled.putObject("rules").putArray("enable").add(rule);
    assertEquals(all.path("findings"), MAPPER.readTree(check(enabled.toString()).body()).path("findings"),
        "enabling a rule the configuration runs anyway changes nothing");
  }

  @Test
  void dismissedFindingsAreSkippedByTheirBaselineFingerprint() throws Exception {
    var expected = TestService.checks(new dev.factdiff.core.align.Aligner()::align)
        .run(new CheckRequest(TestService.ORIGINAL, TestService.REVISED, "original", "revised",
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), Set.of(), Set.of(),
            Set.of(), false, List.of()),
            dev.factdiff.core.limits.Limits.DEFAULT, dev.factdiff.reports.Gate.failOn(dev.factdiff.rules.Severity.ERROR),
            dev.factdiff.rules.Severity.INFO, Set.of());
    assertFalse(expected.findings().isEmpty());
    ObjectNode body = (ObjectNode) MAPPER.readTree(pair());
    var dismissed = body.putArray("dismissed");
    expected.findings().forEach(f -> dismissed.add(FindingId.of(f)));
    JsonNode report = MAPPER.readTree(check(body.toString()).body());
    assertEquals(0, report.path("findings").size(), report.toString());
    assertEquals(expected.findings().size(), report.at("/summary/baselined").asInt(), report.path("summary").toString());
    assertFalse(report.path("blocked").asBoolean());
  }

  @Test
  void theRuleCatalogueIsTheCommandLines() throws Exception {
    HttpResponse<String> rules = keeping("GET", "/v1/rules", service.get("/v1/rules"));
    assertEquals(200, rules.statusCode());
    assertEquals(new RuleCatalog(BuiltInRules.all()).json(), rules.body());
  }

  @Test
  void metricsAreInPrometheusFormat() throws Exception {
    check(pair());
    HttpResponse<String> metrics = keeping("GET", "/metrics", service.get("/metrics"));
    assertEquals(200, metrics.statusCode());
    for (String name : List.of("factdiff_http_requests_seconds_bucket{", "factdiff_checks_queue_depth",
        "factdiff_checks_rejected_total", "factdiff_checks_deadline_exceeded_total", "factdiff_findings_total{category=",
        "factdiff_models_load_seconds")) {
      assertTrue(metrics.body().contains(name), name);
    }
    assertTrue(metrics.body().contains("route=\"/v1/check\",status=\"200\""), metrics.body());
  }

  @Test
  void theRequestIdIsTakenOrMadeAndAlwaysEchoed() throws Exception {
    assertEquals("cms-4711", service.get("/healthz", "X-Request-Id", "cms-4711").headers().firstValue("X-Request-Id").orElse(""));
    String made = service.get("/healthz").headers().firstValue("X-Request-Id").orElse("");
    assertTrue(made.matches("[0-9a-f-]{36}"), made);
    String replaced = service.get("/healthz", "X-Request-Id", "bad id with spaces").headers().firstValue("X-Request-Id").orElse("");
    assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
    HttpResponse<String> failed = check("{", "X-Request-Id", "cms-4712");
    assertEquals("cms-4712", failed.headers().firstValue("X-Request-Id").orElse(""));
    JsonNode line = service.loggedRequest(failed);
    assertEquals(400, line.path("status").asInt());
    assertTrue(line.path("error").asText().contains("not valid JSON"));
  }

  @Test
  void unknownEndpointsAndMethodsGetJson() throws Exception {
    assertError(service.get("/nowhere"), 404, "no such endpoint");
    HttpResponse<String> wrongMethod = service.get("/v1/check");
    assertError(wrongMethod, 405, "not allowed");
    assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("POST"));
  }

  @Test
  void anArticleOverTheLimitGets413NamingIt() throws Exception {
    ObjectNode body = MAPPER.createObjectNode().put("original", "a".repeat(50_001)).put("revised", "b");
    assertError(check(body.toString()), 413, "the limit is 50000 bytes an article (--max-article-bytes");
  }

  @Test
  void aBodyOverTheRequestLimitGets413() throws Exception {
    int limit = dev.factdiff.core.limits.Limits.DEFAULT.withMaxArticleBytes(50_000).maxRequestBytes();
    assertError(check("{\"original\": \"" + "a".repeat(limit) + "\", \"revised\": \"b\"}"), 413, "larger than " + limit);
  }

  /** What Jetty refuses before any handler runs still gets one line of JSON. */
  @Test
  void aContentLengthThatIsNotANumberGets400Json() throws Exception {
    String answer = raw("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}");
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains("application/json"), answer);
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4).strip();
    assertTrue(MAPPER.readTree(body).path("error").asText().contains("Content-Length"), body);
    assertEquals(200, service.get("/healthz").statusCode());
  }

  private static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
