package dev.factdiff.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Suppliers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.limits.DeadlineExceededException;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.catalog.RuleCatalog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The pre-publication check as an HTTP service, on Javalin (Jetty 12). The port opens at once and the models load
 * behind it: {@code GET /readyz} answers 503 until they have, {@code GET /healthz} 200 as long as the process
 * serves. Checks run on a bounded pool of workers with a bounded queue, apart from Jetty's threads, which only read
 * requests and write answers: a slow client holds a Jetty thread for at most the read timeout and never a worker,
 * and health, readiness and metrics stay answered while every worker checks.
 *
 * <p>Every answer carries {@code X-Request-Id} (the client's, when it sent a usable one) and is logged as one JSON
 * line; every error is {@code {"error": "one line"}}.
 */
public final class CheckService implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern USABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String RETRY_AFTER_SECONDS = "5";
  private static final Set<String> GUARDED = Set.of("/v1/check", "/check", "/v1/rules");
  private static final Set<String> ROUTES =
      Set.of("/v1/check", "/check", "/v1/rules", "/healthz", "/health", "/readyz", "/metrics", "/openapi.json");

  private final ServerSettings settings;
  private final Tool tool;
  private final RequestLog log;
  private final ThreadPoolExecutor workers;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ServiceMetrics metrics;
  private final AtomicReference<ArticleChecks> checks = new AtomicReference<>();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Set<String> unknownFieldsLogged = ConcurrentHashMap.newKeySet();
  // Made on first use, not before the port opens: listening comes first.
  private final Supplier<Set<String>> ruleIds;
  private final Supplier<String> rulesJson;
  private final Supplier<String> openApi;
  private final byte[] tokenBytes;
  private Javalin app;

  private CheckService(ServerSettings settings, Tool tool, Consumer<String> sink) {
    this.settings = settings;
    this.tool = tool;
    this.log = new RequestLog(sink);
    BlockingQueue<Runnable> queue =
        settings.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue());
    AtomicInteger made = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS, queue,
            r -> {
              Thread t = new Thread(r, "factdiff-check-" + made.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.metrics = new ServiceMetrics(() -> workers.getQueue().size(), running::get);
    this.ruleIds = Suppliers.memoize(() -> Set.copyOf(ArticleChecks.rules().stream().map(r -> r.info().id()).toList()));
    this.rulesJson = Suppliers.memoize(() -> new RuleCatalog(ArticleChecks.rules()).json());
    this.openApi = Suppliers.memoize(() -> OpenApi.document(tool));
    this.tokenBytes = settings.token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
  }

  /**
   * Listens on the settings' address at once and loads the checker with {@code loader} on a thread of its own.
   *
   * @param sink where the JSON log lines go
   * @throws ServiceStartException with a one-line message when the address cannot be bound
   */
  public static CheckService start(ServerSettings settings, Supplier<ArticleChecks> loader, Tool tool, Consumer<String> sink) {
    CheckService service = new CheckService(settings, tool, sink);
    service.listen();
    service.loadInBackground(loader);
    return service;
  }

  /**
   * Fails with the one line {@link #start} would give if the settings' address is taken, before the HTTP server,
   * the metrics and the JSON libraries have loaded: a process that cannot serve says so within its first second.
   * The port may still be taken between this and {@link #start}, which then says the same.
   */
  public static void requireFreeAddress(ServerSettings settings) {
    if (settings.port() == 0) {
      return;
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new java.net.InetSocketAddress(settings.host(), settings.port()));
    } catch (IOException e) {
      throw new ServiceStartException("cannot listen on " + settings.host() + ":" + settings.port() + " ("
          + bindReason(e) + ")", e);
    }
  }

  /** The port listened on (the one picked, for port 0). */
  public int port() {
    return app.port();
  }

  /** Completes when the models have loaded and the service is ready; completes exceptionally if they cannot load. */
  public CompletableFuture<Void> loaded() {
    return loaded;
  }

  private void listen() {
    int jettyThreads = Math.max(16, settings.workers() + settings.queue() + 16);
    QueuedThreadPool threads = new QueuedThreadPool(jettyThreads, Math.min(8, jettyThreads));
    threads.setName("factdiff-http");
    threads.setDaemon(true);
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.limits().maxRequestBytes();
              config.http.prefer405over404 = true;
              config.jetty.threadPool = threads;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.addConnector(
                  (server, http) -> {
                    http.setSendServerVersion(false);
                    http.setSendXPoweredBy(false);
                    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(settings.host());
                    connector.setPort(settings.port());
                    // A connection that sends nothing for this long is closed, so a client that stalls cannot
                    // hold a thread: the read loop bounds the total time, this the wait for each byte.
                    connector.setIdleTimeout(settings.readTimeout().toMillis());
                    return connector;
                  });
              config.routes.before(this::begin);
              config.routes.get("/healthz", this::health);
              config.routes.get("/health", this::health);
              config.routes.get("/readyz", this::readiness);
              config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
              config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi.get()));
              config.routes.get("/v1/rules", ctx -> ctx.contentType("application/json; charset=utf-8").result(rulesJson.get()));
              config.routes.post("/v1/check", this::check);
              config.routes.post("/check", this::check);
              config.routes.addHttpHandler(HandlerType.OPTIONS, "/v1/check", this::preflight);
              config.routes.addHttpHandler(HandlerType.OPTIONS, "/check", this::preflight);
              config.routes.exception(ApiException.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                error(ctx, e.status(), e.getMessage());
              });
              config.routes.exception(Exception.class, (e, ctx) ->
                  error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
              config.routes.error(404, ctx -> error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                  + " (see GET /openapi.json)"));
              config.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
              config.requestLogger.http(this::finish);
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      app.stop();
      workers.shutdownNow();
      throw new ServiceStartException("cannot listen on " + settings.host() + ":" + settings.port() + " ("
          + bindReason(e) + ")", e);
    }
    ObjectNode line = log.line("listening");
    line.put("url", "http://" + settings.host() + ":" + port());
    line.put("workers", settings.workers());
    line.put("queue", settings.queue());
    log.write(line);
  }

  private static String bindReason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException || t instanceof java.net.UnknownHostException) {
        return t.getMessage() == null ? "address in use" : t.getMessage();
      }
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
  }

  private void loadInBackground(Supplier<ArticleChecks> loader) {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                ruleIds.get();
                rulesJson.get();
                openApi.get();
                ArticleChecks loadedChecks = loader.get();
                warmUp(loadedChecks);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                metrics.modelsLoaded(took);
                if (!stopping.get()) {
                  checks.set(loadedChecks);
                  ObjectNode line = log.line("ready");
                  line.put("modelLoadSeconds", took.toMillis() / 1000.0);
                  log.write(line);
                }
                loaded.complete(null);
              } catch (RuntimeException | Error e) {
                ObjectNode line = log.line("models-failed");
                line.put("error", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                log.write(line);
                loaded.completeExceptionally(e);
              }
            },
            "factdiff-models");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Checks a small made-up pair before taking requests, so that every model and lexicon the rules use is loaded
   * and the first answer is as fast as the rest.
   */
  private void warmUp(ArticleChecks loadedChecks) {
    CheckRequest pair =
        new CheckRequest("A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n",
            "A headline\n\nThe council approved 19 new jobs on Tuesday, she said.\n", "warm-up", "warm-up",
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), Set.of(), Set.of(),
            Set.of(), false, List.of());
    // The default limits: the warm-up is no request, and the configured ones may be smaller than its pair.
    loadedChecks.run(pair, Limits.DEFAULT, settings.failOn(), settings.minSeverity(), Set.of());
  }

  private void begin(Context ctx) {
    inFlight.incrementAndGet();
    ctx.attribute("started", System.nanoTime());
    String given = ctx.header("X-Request-Id");
    String id = given != null && USABLE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute("requestId", id);
    ctx.header("X-Request-Id", id);
    ctx.header("Cache-Control", "no-store");
    // A report holds article text: a browser must take it as the type it is declared, never sniff another.
    ctx.header("X-Content-Type-Options", "nosniff");
    String origin = ctx.header("Origin");
    if (origin != null && settings.corsOrigins().contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
    }
    if (settings.token().isPresent() && GUARDED.contains(ctx.path()) && ctx.method() != HandlerType.OPTIONS
        && !authorized(ctx.header("Authorization"))) {
      throw new ApiException(401, "a bearer token is required (Authorization: Bearer ...)",
          Map.of("WWW-Authenticate", "Bearer realm=\"factdiff\""));
    }
  }

  /** Compares in constant time, so that the time of a refusal tells nothing about the token. */
  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, tokenBytes);
  }

  private void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !settings.corsOrigins().contains(origin)) {
      throw new ApiException(403, "origin not allowed: " + (origin == null ? "(none)" : origin)
          + " (see --cors-origin)");
    }
    ctx.header("Access-Control-Allow-Methods", "POST, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id, Accept");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  private void health(Context ctx) {
    ObjectNode body = MAPPER.createObjectNode().put("status", "ok");
    body.putObject("tool").put("name", tool.name()).put("version", tool.version());
    json(ctx, 200, body);
  }

  private void readiness(Context ctx) {
    ObjectNode body = MAPPER.createObjectNode();
    if (stopping.get()) {
      body.put("status", "stopping");
      json(ctx, 503, body);
    } else if (checks.get() == null) {
      body.put("status", loaded.isCompletedExceptionally() ? "failed" : "loading");
      json(ctx, 503, body);
    } else {
      body.put("status", "ready");
      json(ctx, 200, body);
    }
  }

  private void check(Context ctx) throws IOException {
    ArticleChecks ready = checks.get();
    if (stopping.get()) {
      throw new ApiException(503, "the service is stopping", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    if (ready == null) {
      throw new ApiException(503, "the models are still loading (GET /readyz says when they have)",
          Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    byte[] body = readBody(ctx);
    ctx.attribute("bytesIn", body.length);
    CheckRequest request = CheckRequest.parse(body, ruleIds.get());
    logUnknownFields(request);
    Limits limits = settings.limits();
    requireSize("original", request.original(), limits);
    requireSize("revised", request.revised(), limits);
    ReportFormat format = request.format().orElseGet(() -> ReportFormat.fromAccept(ctx.header("Accept")));
    Report report = runBounded(() -> ready.run(request, limits, settings.failOn(), settings.minSeverity(), settings.dismissed()));
    metrics.findings(report);
    ctx.attribute("report", report);
    String rendered = format.render(report);
    byte[] bytes = rendered.getBytes(StandardCharsets.UTF_8);
    ctx.attribute("bytesOut", bytes.length);
    ctx.status(200).contentType(format.mediaType()).result(bytes);
  }

  private void logUnknownFields(CheckRequest request) {
    for (String field : request.unknownFields()) {
      // Once per field for the life of the service: a CMS that always sends it would otherwise fill the log.
      if (unknownFieldsLogged.size() < 100 && unknownFieldsLogged.add(field)) {
        ObjectNode line = log.line("unknown-field-ignored");
        line.put("field", field.length() > 100 ? field.substring(0, 100) : field);
        log.write(line);
      }
    }
  }

  private static void requireSize(String field, String text, Limits limits) {
    long bytes = utf8Length(text);
    if (bytes > limits.maxArticleBytes()) {
      throw new ApiException(413, "\"" + field + "\" is " + bytes + " bytes; the limit is " + limits.maxArticleBytes()
          + " bytes an article (--max-article-bytes, FACTDIFF_MAX_ARTICLE_BYTES)");
    }
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Reads the body, refusing one larger than the limit (413) or slower than the read timeout (408): the loop
   * bounds the total time, the connector's idle timeout the wait for each read.
   */
  private byte[] readBody(Context ctx) throws IOException {
    long max = settings.limits().maxRequestBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    long deadline = System.nanoTime() + settings.readTimeout().toNanos();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > max) {
          throw tooLarge(max);
        }
        if (System.nanoTime() - deadline > 0) {
          throw slow();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      if (System.nanoTime() - deadline > 0 || isTimeout(e)) {
        throw slow();
      }
      throw new ApiException(400, "the body could not be read: " + e.getClass().getSimpleName());
    }
    return out.toByteArray();
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private ApiException tooLarge(long max) {
    return new ApiException(413, "the request is larger than " + max + " bytes (the request limit follows "
        + "--max-article-bytes)", Map.of("Connection", "close"));
  }

  private ApiException slow() {
    return new ApiException(408, "the request did not arrive within " + settings.readTimeout().toSeconds()
        + " s (--read-timeout, FACTDIFF_READ_TIMEOUT)", Map.of("Connection", "close"));
  }

  /**
   * Runs {@code work} on a worker: 503 when every worker and queue place is taken, 504 at the deadline. The check
   * stops itself at its deadline (it looks between sentences, stages and rules); should it not within two
   * seconds more, the answer goes anyway and the worker is interrupted.
   */
  private Report runBounded(Supplier<Report> work) {
    AtomicLong startedAt = new AtomicLong();
    Future<Report> future;
    try {
      future =
          workers.submit(
              () -> {
                startedAt.set(System.nanoTime());
                running.incrementAndGet();
                try {
                  return work.get();
                } finally {
                  running.decrementAndGet();
                }
              });
    } catch (RejectedExecutionException e) {
      metrics.rejected();
      throw new ApiException(503, "every worker is busy and the queue is full (" + settings.workers() + " workers, "
          + settings.queue() + " waiting); try again later", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    long allowed = settings.limits().deadline().toNanos() + TimeUnit.SECONDS.toNanos(2);
    while (true) {
      try {
        return future.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long started = startedAt.get();
        if (started != 0 && System.nanoTime() - started > allowed) {
          future.cancel(true);
          throw deadlineExceeded(new DeadlineExceededException(settings.limits().deadline()));
        }
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new ApiException(503, "the service is stopping", Map.of("Retry-After", RETRY_AFTER_SECONDS));
      } catch (ExecutionException e) {
        throw failure(e.getCause());
      }
    }
  }

  private ApiException failure(Throwable cause) {
    if (cause instanceof DeadlineExceededException deadline) {
      return deadlineExceeded(deadline);
    }
    if (cause instanceof InputException input) {
      String message = oneLine(input.getMessage());
      return new ApiException(message.contains("limit") ? 413 : 400, message);
    }
    if (cause instanceof OutOfMemoryError) {
      // What the failed check held is garbage now; the service goes on with the next request.
      Limits limits = settings.limits();
      return new ApiException(503, "the check ran out of memory; try a shorter article (the limits are "
          + limits.maxArticleBytes() + " bytes and " + limits.maxSentenceChars() + " characters a sentence)",
          Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    return new ApiException(500, "internal error: " + cause.getClass().getSimpleName());
  }

  private ApiException deadlineExceeded(DeadlineExceededException e) {
    metrics.deadlineExceeded();
    return new ApiException(504, oneLine(e.getMessage()).replace("the --deadline limit", "--deadline, FACTDIFF_DEADLINE"));
  }

  private void finish(Context ctx, Float millis) {
    try {
      int status = ctx.statusCode();
      // The routes by name, anything else as one: a scan of random paths must not make a metric each.
      String route = ROUTES.contains(ctx.path()) && status != 404 && status != 405 ? ctx.path() : "unmatched";
      Long started = ctx.attribute("started");
      Duration took = started == null ? Duration.ofMillis(millis.longValue()) : Duration.ofNanos(System.nanoTime() - started);
      metrics.request(route, ctx.method().name(), status, took);
      ObjectNode line = log.line("request");
      line.put("id", String.valueOf((Object) ctx.attribute("requestId")));
      line.put("method", ctx.method().name());
      line.put("path", ctx.path().length() > 200 ? ctx.path().substring(0, 200) : ctx.path());
      line.put("status", status);
      line.put("ms", took.toNanos() / 1_000_000.0);
      Integer in = ctx.attribute("bytesIn");
      line.put("bytesIn", in == null ? Math.max(0, ctx.req().getContentLengthLong()) : in);
      Integer out = ctx.attribute("bytesOut");
      if (out != null) {
        line.put("bytesOut", out);
      }
      Report report = ctx.attribute("report");
      if (report != null) {
        ObjectNode findings = line.putObject("findings");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
          findings.put(severity.name().toLowerCase(Locale.ROOT), report.findings(severity).size());
        }
        line.put("blocked", report.blocked());
      }
      String error = ctx.attribute("error");
      if (error != null) {
        line.put("error", error);
      }
      log.write(line);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute("error", message);
    json(ctx, status, MAPPER.createObjectNode().put("error", message));
  }

  private static void json(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString() + "\n");
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
  }

  /**
   * Stops gracefully: refuses new connections and new checks, lets the checks in flight finish within the grace
   * period, then stops. Safe to call more than once and from a signal handler.
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    ObjectNode line = log.line("stopping");
    line.put("inFlight", inFlight.get());
    log.write(line);
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.close();
      }
    }
    long end = System.nanoTime() + settings.grace().toNanos();
    workers.shutdown();
    try {
      workers.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
      // The answers of the last checks are being written: give them until the grace period ends.
      while (inFlight.get() > 0 && System.nanoTime() - end < 0) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    app.stop();
    ObjectNode stopped = log.line("stopped");
    stopped.put("unfinished", inFlight.get());
    log.write(stopped);
  }

  @Override
  public void close() {
    stop();
  }

  /** The address cannot be listened on; the message is one line naming it. */
  public static final class ServiceStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServiceStartException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
