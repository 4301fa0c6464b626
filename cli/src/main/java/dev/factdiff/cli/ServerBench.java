package dev.factdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.SpareCore;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import dev.factdiff.server.ArticleChecks;
import dev.factdiff.server.CheckService;
import dev.factdiff.server.ServerSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code factdiff bench --server}: the service under load on a loopback port, in this JVM. Requests mix the seed
 * pair (both ways, and each version against itself lightly edited), long articles made of the seed paragraphs
 * repeated, and slow clients that send their body in pieces; every answer must be one the service is designed to
 * give (200, or 503 and 504 under its limits), identical requests must get identical bytes, the log must hold no
 * 500, and the resident memory after the run must stay within 20% of before.
 */
final class ServerBench {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<Integer> DESIGNED = Set.of(200, 503, 504);

  private final int requests;
  private final int concurrency;
  private final int workers;
  private final int queue;
  private final PrintWriter out;

  ServerBench(int requests, int concurrency, int workers, int queue, PrintWriter out) {
    this.requests = requests;
    this.concurrency = concurrency;
    this.workers = workers;
    this.queue = queue;
    this.out = out;
  }

  private record Input(String kind, String body) {}

  private record Answer(String kind, String body, int status, long nanos, String sha256) {}

  int run(Path original, Path revised) throws Exception {
    String a = Files.readString(original);
    String b = Files.readString(revised);
    List<Input> inputs = List.of(
        pair("seed", a, b), pair("seed", b, a), pair("seed", a, edited(a)), pair("seed", b, edited(b)),
        pair("long", repeated(a, 8), edited(repeated(a, 8))), pair("long", repeated(b, 8), repeated(a, 8)));
    ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    Tool tool = ToolVersion.tool();
    ServerSettings settings = ServerSettings.loopback().withWork(workers, queue)
        .withLimits(Limits.DEFAULT.withDeadline(Duration.ofSeconds(60)));
    try (SpareCore spare = SpareCore.start()) {
      long loadStart = System.nanoTime();
      CheckService service = CheckService.start(settings, () -> {
        spare.prefetch(WordNetLexicon::get);
        return new ArticleChecks(ArticleParser.create(), RuleConfiguration.defaults(), spare, tool);
      }, tool, log::add);
      try {
        service.loaded().get(10, TimeUnit.MINUTES);
        out.printf(Locale.ROOT, "factdiff bench --server: %d requests at concurrency %d on 127.0.0.1:%d, %d workers, "
            + "queue %d, %d cores, max heap %d MB; models loaded in %.1f s%n", requests, concurrency, service.port(),
            workers, queue, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
            (System.nanoTime() - loadStart) / 1e9);
        out.flush();
        // One round of every input first, so that "before" is the memory of a service that has worked.
        for (Input input : inputs) {
          send(service.port(), input, false);
        }
        long before = residentKb();
        long start = System.nanoTime();
        List<Answer> answers = load(service.port(), inputs);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = residentKb();
        return report(answers, seconds, before, after, log);
      } finally {
        service.stop();
      }
    }
  }

  private List<Answer> load(int port, List<Input> inputs) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        // Every tenth a long pair, every fifth (of the rest) a slow client; the seed pairs in turn otherwise.
        Input input = i % 10 == 9 ? inputs.get(4 + (i / 10) % 2) : inputs.get(i % 4);
        boolean slow = i % 5 == 2;
        futures.add(clients.submit(() -> send(port, input, slow)));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : futures) {
        answers.add(f.get(15, TimeUnit.MINUTES));
      }
      return answers;
    } finally {
      clients.shutdownNow();
    }
  }

  private static Answer send(int port, Input input, boolean slow) throws IOException, InterruptedException {
    long start = System.nanoTime();
    if (slow) {
      return slowly(port, input, start);
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<byte[]> response = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/check"))
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(input.body()))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(input.kind(), input.body(), response.statusCode(), System.nanoTime() - start,
        Hashing.sha256().hashBytes(response.body()).toString());
  }

  /** A client that sends its request in ten pieces 150 ms apart, then reads the answer. */
  private static Answer slowly(int port, Input input, long start) throws IOException, InterruptedException {
    byte[] body = input.body().getBytes(StandardCharsets.UTF_8);
    String head = "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(10));
      OutputStream to = socket.getOutputStream();
      to.write(head.getBytes(StandardCharsets.US_ASCII));
      int piece = body.length / 10 + 1;
      for (int offset = 0; offset < body.length; offset += piece) {
        to.write(body, offset, Math.min(piece, body.length - offset));
        to.flush();
        Thread.sleep(150);
      }
      InputStream from = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      from.transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyStart = text.indexOf("\r\n\r\n") + 4;
      String responseBody = text.substring(bodyStart);
      return new Answer("slow", input.body(), status, System.nanoTime() - start,
          Hashing.sha256().hashString(responseBody, StandardCharsets.UTF_8).toString());
    }
  }

  private int report(List<Answer> answers, double seconds, long before, long after, ConcurrentLinkedQueue<String> log)
      throws IOException {
    Map<Integer, Integer> byStatus = new TreeMap<>();
    answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
    out.printf(Locale.ROOT, "statuses: %s; %.1f s, %.2f requests/s%n", byStatus, seconds, answers.size() / seconds);
    for (String kind : List.of("seed", "slow", "long", "all")) {
      List<Long> millis = new ArrayList<>();
      answers.stream().filter(a -> a.status() == 200 && (kind.equals("all") || a.kind().equals(kind)))
          .forEach(a -> millis.add(TimeUnit.NANOSECONDS.toMillis(a.nanos())));
      Collections.sort(millis);
      if (!millis.isEmpty()) {
        out.printf(Locale.ROOT, "  %-4s 200s: %3d  p50 %6d ms  p95 %6d ms  p99 %6d ms%n", kind, millis.size(),
            percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
      }
    }
    Map<String, Set<String>> bytesByInput = new ConcurrentHashMap<>();
    answers.stream().filter(a -> a.status() == 200)
        .forEach(a -> bytesByInput.computeIfAbsent(a.body(), k -> ConcurrentHashMap.newKeySet()).add(a.sha256()));
    long differing = bytesByInput.values().stream().filter(s -> s.size() > 1).count();
    long undesigned = answers.stream().filter(a -> !DESIGNED.contains(a.status())).count();
    long logged500 = 0;
    long requestLines = 0;
    for (String line : log) {
      JsonNode node = MAPPER.readTree(line);
      if (node.path("event").asText().equals("request")) {
        requestLines++;
        if (node.path("status").asInt() >= 500 && !DESIGNED.contains(node.path("status").asInt())) {
          logged500++;
        }
      }
    }
    double growth = before == 0 ? 0 : (after - before) * 100.0 / before;
    out.printf(Locale.ROOT, "identical inputs with differing reports: %d of %d; answers outside 200/503/504: %d; "
        + "request log lines: %d, with a 500: %d%n", differing, bytesByInput.size(), undesigned, requestLines, logged500);
    out.printf(Locale.ROOT, "resident memory: %d MB before, %d MB after (%+.1f%%)%n", before >> 10, after >> 10, growth);
    boolean ok = differing == 0 && undesigned == 0 && logged500 == 0 && growth <= 20;
    out.println(ok ? "service bench: ok" : "service bench: FAILED");
    out.flush();
    return ok ? 0 : 1;
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Resident memory after a collection, from /proc (0 where there is none). */
  private static long residentKb() throws IOException {
    System.gc();
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  private static Input pair(String kind, String original, String revised) {
    return new Input(kind, MAPPER.createObjectNode().put("original", original).put("revised", revised)
        .put("failOn", "never").toString());
  }

  /** The text with its first number changed and one word more in its last paragraph: a light edit. */
  static String edited(String text) {
    String changed = text.replaceFirst("\\b(\\d+)\\b", "1$1");
    int lastBreak = changed.lastIndexOf("\n\n");
    return lastBreak < 0 ? changed + " Reportedly." : changed.substring(0, lastBreak) + "\n\nIt was reported." + changed.substring(lastBreak);
  }

  /** The article's paragraphs {@code times} over, each copy of its paragraphs after the first numbered apart. */
  static String repeated(String text, int times) {
    StringBuilder longer = new StringBuilder(text.strip());
    for (int i = 1; i < times; i++) {
      longer.append("\n\n").append(text.strip().replaceAll("\\b(\\d+)\\b", "$1" + i));
    }
    return longer.append('\n').toString();
  }
}
