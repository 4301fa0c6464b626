package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.server.ServerSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code factdiff serve}: its flags and environment variables, a busy port, and a graceful stop on SIGTERM. */
class ServeCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ServerSettings settings(Map<String, String> environment, String... args) {
    ServeCommand command = new ServeCommand(TestParser::get);
    CommandLine commandLine = new CommandLine(command);
    commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
    commandLine.parseArgs(args);
    return command.settings();
  }

  @Test
  void everyOptionHasItsVariable() {
    assertEquals("FACTDIFF_MAX_ARTICLE_BYTES", EnvironmentDefaults.variable("--max-article-bytes"));
    assertEquals("FACTDIFF_CORS_ORIGIN", EnvironmentDefaults.variable("--cors-origin"));
  }

  @Test
  void theDefaultsAreLoopbackAndBounded() {
    ServerSettings settings = settings(Map.of());
    assertEquals("127.0.0.1", settings.host());
    assertEquals(8080, settings.port());
    assertEquals(2, settings.workers());
    assertEquals(16, settings.queue());
    assertEquals(Optional.empty(), settings.token());
    assertEquals(List.of(), settings.corsOrigins());
  }

  @Test
  void variablesSetWhatFlagsDoNotAndFlagsWin() {
    Map<String, String> environment = Map.of(
        "FACTDIFF_HOST", "0.0.0.0",
        "FACTDIFF_PORT", "9090",
        "FACTDIFF_WORKERS", "3",
        "FACTDIFF_TOKEN", "from-the-environment",
        "FACTDIFF_CORS_ORIGIN", "https://a.example,https://b.example",
        "FACTDIFF_MAX_ARTICLE_BYTES", "100000",
        "FACTDIFF_DEADLINE", "7.5",
        "FACTDIFF_READ_TIMEOUT", "4");
    ServerSettings settings = settings(environment, "--port", "9191");
    assertEquals("0.0.0.0", settings.host());
    assertEquals(9191, settings.port());
    assertEquals(3, settings.workers());
    assertEquals(Optional.of("from-the-environment"), settings.token());
    assertEquals(List.of("https://a.example", "https://b.example"), settings.corsOrigins());
    assertEquals(100_000, settings.limits().maxArticleBytes());
    assertEquals(Duration.ofMillis(7500), settings.limits().deadline());
    assertEquals(Duration.ofSeconds(4), settings.readTimeout());
  }

  @Test
  void aBadValueIsOneLineNamingTheOption() {
    Cli.Result result = Cli.run("serve", "--queue", "-1");
    assertEquals(ExitCode.BAD_INPUT, result.code());
    assertEquals("factdiff: --queue must be at least 0, not -1\n", result.err());
  }

  @Test
  void aBusyPortFailsBeforeAnyModelLoadsWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result result = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
      assertTrue(result.err().startsWith("factdiff: cannot listen on 127.0.0.1:" + taken.getLocalPort()), result.err());
      assertEquals(1, result.err().lines().count(), result.err());
    }
  }

  @Test
  void aBadConfigurationStopsTheServiceWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path config = java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "rules:\n  NO_SUCH_RULE:\n    enabled: false\n");
    Cli.Result result = Cli.run("serve", "--port", "0", "--config", config.toString());
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains("NO_SUCH_RULE"), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
  }

  /** A process of its own, as a service manager runs it: SIGTERM stops it, exit 0, its log JSON to the end. */
  @Test
  void sigtermStopsGracefullyWithExitZero() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      JsonNode listening = MAPPER.readTree(out.readLine());
      assertEquals("listening", listening.path("event").asText());
      String url = listening.path("url").asText();
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url + "/healthz"))
          .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      // Not Process.destroy(): it sends SIGTERM but also closes the pipes, and the service's last lines with them.
      Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start();
      assertEquals(0, kill.waitFor());
      List<String> events = new ArrayList<>();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        events.add(MAPPER.readTree(line).path("event").asText());
      }
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the service stopped");
      assertEquals(0, process.exitValue());
      assertTrue(events.contains("stopping") && events.get(events.size() - 1).equals("stopped"), events.toString());
    } finally {
      process.destroyForcibly();
    }
  }
}
