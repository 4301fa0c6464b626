package dev.factdiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.limits.DeadlineExceededException;
import dev.factdiff.reports.Gate;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP form of {@code factdiff check}: {@code POST /check} takes
 * {@code {"original": text, "revised": text}} (optionally {@code originalName}, {@code revisedName},
 * {@code failOn}, {@code minSeverity}) and answers 200 with the JSON report, whose {@code blocked} says whether
 * the gate stops publication; bad input gets 400 (413 when too large) with {@code {"error": "one line"}}.
 * {@code GET /health} answers {@code {"status": "ok"}}.
 */
final class CheckServer implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of("original", "revised", "originalName", "revisedName", "failOn", "minSeverity");

  private final HttpServer server;
  private final ExecutorService executor;
  private final Inspection inspection;
  private final CheckOptions defaults;
  private final int maxRequestBytes;
  private final Tool tool;

  private CheckServer(
      HttpServer server, ExecutorService executor, Inspection inspection, CheckOptions defaults,
      int maxRequestBytes, Tool tool) {
    this.server = server;
    this.executor = executor;
    this.inspection = inspection;
    this.defaults = defaults;
    this.maxRequestBytes = maxRequestBytes;
    this.tool = tool;
  }

  /** Binds {@code address} (port 0: any free port) and starts serving with {@code threads} workers. */
  static CheckServer start(
      InetSocketAddress address, Inspection inspection, CheckOptions defaults, int maxRequestBytes, int threads,
      Tool tool) throws IOException {
    HttpServer server = HttpServer.create(address, 16);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CheckServer checkServer = new CheckServer(server, executor, inspection, defaults, maxRequestBytes, tool);
    server.createContext("/check", checkServer::check);
    server.createContext("/health", checkServer::health);
    server.createContext("/", exchange -> checkServer.reply(exchange, 404, error("no such endpoint: "
        + exchange.getRequestURI().getPath() + " (try POST /check or GET /health)")));
    server.setExecutor(executor);
    server.start();
    return checkServer;
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void health(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/health")) {
      reply(exchange, 404, error("no such endpoint: " + exchange.getRequestURI().getPath()));
      return;
    }
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      reply(exchange, 405, error("use GET for /health"));
      return;
    }
    ObjectNode body = MAPPER.createObjectNode().put("status", "ok");
    body.putObject("tool").put("name", tool.name()).put("version", tool.version());
    reply(exchange, 200, body);
  }

  private void check(HttpExchange exchange) throws IOException {
    try {
      if (!exchange.getRequestURI().getPath().equals("/check")) {
        reply(exchange, 404, error("no such endpoint: " + exchange.getRequestURI().getPath()));
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        reply(exchange, 405, error("use POST for /check"));
        return;
      }
      byte[] body = readBody(exchange);
      if (body == null) {
        drain(exchange);
        exchange.getResponseHeaders().set("Connection", "close");
        reply(exchange, 413, error("request too large (the limit is " + maxRequestBytes + " bytes)"));
        return;
      }
      Request request = Request.parse(body);
      CheckOptions options = new CheckOptions(request.gate(defaults), request.minSeverity(defaults), defaults.baseline());
      int maxBytes = inspection.limits().maxArticleBytes();
      Input original = Input.of(request.originalName, request.original.getBytes(StandardCharsets.UTF_8), maxBytes);
      Input revised = Input.of(request.revisedName, request.revised.getBytes(StandardCharsets.UTF_8), maxBytes);
      reply(exchange, 200, new JsonReport().tree(inspection.run(original, revised, options).report()));
    } catch (InputException | UsageException e) {
      reply(exchange, 400, error(e.getMessage().lines().findFirst().orElse("bad request")));
    } catch (DeadlineExceededException e) {
      // The check stopped itself at its deadline: the worker is free again.
      reply(exchange, 504, error(e.getMessage()));
    } catch (RuntimeException e) {
      reply(exchange, 500, error("internal error: " + e.getClass().getSimpleName()));
    } catch (OutOfMemoryError e) {
      // What the failed check held is garbage now; the service goes on with the next request.
      reply(exchange, 503, error("the check ran out of memory; try a shorter article (the limits are "
          + inspection.limits().maxArticleBytes() + " bytes and " + inspection.limits().maxSentenceChars()
          + " characters a sentence)"));
    } catch (StackOverflowError e) {
      reply(exchange, 500, error("internal error: " + e.getClass().getSimpleName()));
    }
  }

  /** The body, or null when it is larger than the limit. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > maxRequestBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        throw new UsageException("bad Content-Length: " + declared);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(maxRequestBytes + 1);
      return bytes.length > maxRequestBytes ? null : bytes;
    }
  }

  /**
   * Reads and drops what is left of a refused body (up to a bound), so that the client, still sending, gets the
   * answer instead of a reset connection.
   */
  private void drain(HttpExchange exchange) {
    long limit = 4L * maxRequestBytes;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      long read = 0;
      for (int n = in.read(buffer); n > 0 && read < limit; n = in.read(buffer)) {
        read += n;
      }
    } catch (IOException e) {
      // The client went away; the answer will not reach it either way.
    }
  }

  private void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes;
    try {
      bytes = (MAPPER.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private static ObjectNode error(String message) {
    return MAPPER.createObjectNode().put("error", message);
  }

  /** The body of {@code POST /check}. */
  private static final class Request {
    private final String original;
    private final String revised;
    private final String originalName;
    private final String revisedName;
    private final JsonNode root;

    private Request(JsonNode root) {
      this.root = root;
      this.original = requiredText(root, "original");
      this.revised = requiredText(root, "revised");
      this.originalName = optionalText(root, "originalName", "original");
      this.revisedName = optionalText(root, "revisedName", "revised");
    }

    static Request parse(byte[] body) {
      JsonNode root;
      try {
        root = MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw new UsageException("the body is not JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UsageException("the body cannot be read: " + e.getMessage());
      }
      if (root == null || !root.isObject()) {
        throw new UsageException("the body must be a JSON object with \"original\" and \"revised\" texts");
      }
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new UsageException("unknown field \"" + name + "\" (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
      }
      return new Request(root);
    }

    Gate gate(CheckOptions defaults) {
      if (!root.has("failOn")) {
        return defaults.gate();
      }
      try {
        return Gate.parse(requiredText(root, "failOn"));
      } catch (IllegalArgumentException e) {
        throw new UsageException("\"failOn\" must be error, warning, info or never");
      }
    }

    Severity minSeverity(CheckOptions defaults) {
      if (!root.has("minSeverity")) {
        return defaults.minSeverity();
      }
      try {
        return Severity.parse(requiredText(root, "minSeverity"));
      } catch (IllegalArgumentException e) {
        throw new UsageException("\"minSeverity\" must be error, warning or info");
      }
    }

    private static String requiredText(JsonNode root, String field) {
      JsonNode node = root.get(field);
      if (node == null || !node.isTextual()) {
        throw new UsageException("\"" + field + "\" must be a string");
      }
      return node.asText();
    }

    private static String optionalText(JsonNode root, String field, String fallback) {
      return root.has(field) ? requiredText(root, field) : fallback;
    }
  }
}
