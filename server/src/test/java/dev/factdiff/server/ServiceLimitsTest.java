package dev.factdiff.server;

import static dev.factdiff.server.TestService.MAPPER;
import static dev.factdiff.server.TestService.assertError;
import static dev.factdiff.server.TestService.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The limits of the service (issue 18) and the service defects of issue 21: each with a service of its own, small
 * settings, and a check after it to show the service goes on.
 */
class ServiceLimitsTest {

  /** An aligner that takes {@code millis} before aligning, like a long article would. */
  private static BiFunction<Article, Article, Alignment> slow(long millis) {
    return (a, b) -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Aligner().align(a, b);
    };
  }

  @Test
  void aCheckPastItsDeadlineGets504AndTheWorkerIsFreed() throws Exception {
    ServerSettings settings =
        ServerSettings.loopback().withWork(1, 0).withLimits(Limits.DEFAULT.withDeadline(Duration.ofMillis(100)));
    try (TestService service = TestService.ready(settings, slow(400))) {
      for (int i = 0; i < 2; i++) {
        assertError(service.post("/v1/check", pair()), 504, "FACTDIFF_DEADLINE");
        assertEquals(200, service.get("/healthz").statusCode());
      }
      assertTrue(service.get("/metrics").body().contains("factdiff_checks_deadline_exceeded_total 2.0"));
    }
  }

  @Test
  void aCheckThatRunsOutOfMemoryGets503AndTheServiceGoesOn() throws Exception {
    BiFunction<Article, Article, Alignment> greedy = (a, b) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    // The warm-up check would fail too: the service loads with a working aligner, then gets the greedy one.
    CountDownLatch warmedUp = new CountDownLatch(1);
    BiFunction<Article, Article, Alignment> greedyAfterWarmUp = (a, b) -> {
      if (warmedUp.getCount() > 0) {
        warmedUp.countDown();
        return new Aligner().align(a, b);
      }
      return greedy.apply(a, b);
    };
    try (TestService service = TestService.ready(ServerSettings.loopback().withWork(1, 0), greedyAfterWarmUp)) {
      HttpResponse<String> answer = service.post("/v1/check", pair());
      assertError(answer, 503, "out of memory");
      assertTrue(answer.headers().firstValue("Retry-After").isPresent());
      assertEquals(200, service.get("/healthz").statusCode());
      assertError(service.post("/v1/check", pair()), 503, "out of memory");
    }
  }

  @Test
  void aSentenceOverTheLimitGets413NamingIt() throws Exception {
    try (TestService service = TestService.ready(
        ServerSettings.loopback().withLimits(Limits.DEFAULT.withMaxSentenceChars(40)))) {
      assertError(service.post("/v1/check", pair()), 413, "--max-sentence-chars");
    }
  }

  @Test
  void aFullQueueGets503WithRetryAfter() throws Exception {
    try (TestService service = TestService.ready(ServerSettings.loopback().withWork(1, 0), slow(5000))) {
      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
        try {
          return service.post("/v1/check", pair());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      // The first holds the only worker once the metrics show it running.
      for (int i = 0; i < 200 && !service.get("/metrics").body().contains("factdiff_checks_running 1.0"); i++) {
        Thread.sleep(10);
      }
      HttpResponse<String> refused = service.post("/v1/check", pair());
      assertError(refused, 503, "queue is full");
      assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
      assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
      assertTrue(service.get("/metrics").body().contains("factdiff_checks_rejected_total 1.0"));
    }
  }

  @Test
  void aBearerTokenGuardsTheChecksComparedWholly() throws Exception {
    ServerSettings settings = ServerSettings.loopback().withAccess(Optional.of("s3cret-token"), List.of());
    try (TestService service = TestService.ready(settings)) {
      HttpResponse<String> none = service.post("/v1/check", pair());
      assertError(none, 401, "bearer token");
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
      assertError(service.post("/v1/check", pair(), "Authorization", "Bearer s3cret-toke"), 401, "bearer token");
      assertError(service.post("/check", pair(), "Authorization", "Bearer s3cret-token-and-more"), 401, "bearer token");
      assertError(service.get("/v1/rules", "Authorization", "Basic czNjcmV0LXRva2Vu"), 401, "bearer token");
      assertEquals(200, service.post("/v1/check", pair(), "Authorization", "Bearer s3cret-token").statusCode());
      assertEquals(200, service.get("/v1/rules", "Authorization", "bearer s3cret-token").statusCode());
      // Probes and metrics stay open to the orchestrator.
      assertEquals(200, service.get("/healthz").statusCode());
      assertEquals(200, service.get("/readyz").statusCode());
    }
  }

  @Test
  void corsAnswersTheAllowedOriginsOnly() throws Exception {
    ServerSettings settings = ServerSettings.loopback().withAccess(Optional.empty(), List.of("https://cms.example.org"));
    try (TestService service = TestService.ready(settings)) {
      HttpResponse<String> allowed = service.post("/v1/check", pair(), "Origin", "https://cms.example.org");
      assertEquals(200, allowed.statusCode());
      assertEquals("https://cms.example.org", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other = service.post("/v1/check", pair(), "Origin", "https://evil.example.com");
      assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
      HttpResponse<String> preflight = service.send("OPTIONS", "/v1/check", null, "Origin", "https://cms.example.org",
          "Access-Control-Request-Method", "POST");
      assertEquals(204, preflight.statusCode());
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
      assertError(service.send("OPTIONS", "/v1/check", null, "Origin", "https://evil.example.com",
          "Access-Control-Request-Method", "POST"), 403, "origin not allowed");
    }
  }

  /**
   * Issue 21, defect 8: clients that send their headers or their body a byte at a time hold no worker and do not
   * keep health, readiness or a check from being answered; the one whose body is too slow gets 408.
   */
  @Test
  void slowClientsStarveNothingAndTimeOut() throws Exception {
    ServerSettings settings = ServerSettings.loopback().withWork(1, 0).withReadTimeout(Duration.ofSeconds(2));
    try (TestService service = TestService.ready(settings)) {
      List<Socket> slow = new java.util.ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          Socket socket = new Socket("127.0.0.1", service.port());
          slow.add(socket);
          String start = i % 2 == 0
              ? "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{\"orig"
              : "POST /v1/check HTTP/1.1\r\nHo";
          socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
        }
        for (int i = 0; i < 5; i++) {
          for (Socket socket : slow) {
            drip(socket.getOutputStream());
          }
          assertEquals(200, service.get("/healthz").statusCode());
          assertEquals(200, service.get("/readyz").statusCode());
          Thread.sleep(100);
        }
        assertEquals(200, service.post("/v1/check", pair()).statusCode());
        // The slow body has had its two seconds by now: keep dripping until the service answers it.
        String answer = answerOf(slow.get(0));
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("FACTDIFF_READ_TIMEOUT"), answer);
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  private static void drip(OutputStream out) {
    try {
      out.write('a');
      out.flush();
    } catch (IOException e) {
      // The service closed a connection that was too slow: what it should do.
    }
  }

  private static String answerOf(Socket socket) throws IOException {
    socket.setSoTimeout(200);
    StringBuilder answer = new StringBuilder();
    byte[] buffer = new byte[8192];
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      drip(socket.getOutputStream());
      try {
        int n = socket.getInputStream().read(buffer);
        if (n < 0) {
          break;
        }
        answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        if (answer.indexOf("}") > 0) {
          break;
        }
      } catch (java.net.SocketTimeoutException e) {
        // nothing yet
      }
    }
    return answer.toString();
  }

  @Test
  void thePortOpensBeforeTheModelsLoadAndReadinessSaysWhen() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TestService service = TestService.loading(ServerSettings.loopback(), () -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestService.checks(new Aligner()::align);
    });
    try (service) {
      assertEquals(200, service.get("/healthz").statusCode());
      assertEquals(503, service.get("/readyz").statusCode());
      assertEquals("loading", MAPPER.readTree(service.get("/readyz").body()).path("status").asText());
      HttpResponse<String> early = service.post("/v1/check", pair());
      assertError(early, 503, "still loading");
      assertEquals("5", early.headers().firstValue("Retry-After").orElse(""));
      release.countDown();
      service.service.loaded().get(120, TimeUnit.SECONDS);
      assertEquals(200, service.get("/readyz").statusCode());
      assertEquals(200, service.post("/v1/check", pair()).statusCode());
      assertEquals(1, service.logged("ready").size());
    }
  }

  @Test
  void aBusyPortFailsBeforeAnyModelLoadsWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CheckService.ServiceStartException e = assertThrows(CheckService.ServiceStartException.class, () ->
          CheckService.start(ServerSettings.loopback().withPort(taken.getLocalPort()),
              () -> {
                throw new AssertionError("no models are loaded for a service that cannot listen");
              },
              TestService.TOOL, line -> { }));
      assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
    }
  }

  @Test
  void aStopFinishesTheChecksInFlightThenClosesThePort() throws Exception {
    TestService service = TestService.ready(ServerSettings.loopback().withWork(1, 2), slow(1000));
    CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
      try {
        return service.post("/v1/check", pair());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    for (int i = 0; i < 200 && !service.get("/metrics").body().contains("factdiff_checks_running 1.0"); i++) {
      Thread.sleep(10);
    }
    int port = service.port();
    service.close();
    assertEquals(200, inFlight.get(30, TimeUnit.SECONDS).statusCode(), "the check in flight was answered");
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    assertEquals(0, service.logged("stopped").get(0).path("unfinished").asInt());
  }
}
