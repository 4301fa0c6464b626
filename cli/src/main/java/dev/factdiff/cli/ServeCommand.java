package dev.factdiff.cli;

import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.Gate;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.SpareCore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdiff serve}: the check as an HTTP service, until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = {
      "Serve the check over HTTP: POST /check with {\"original\": text, \"revised\": text} returns the JSON "
          + "report with \"blocked\"; GET /health.",
      ""
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--config", paramLabel = "FILE", description = "Rule configuration (YAML) to use instead of the defaults.")
  Optional<Path> config;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      converter = Converters.GateConverter.class, completionCandidates = Converters.GateCandidates.class,
      description = "Default for a request's \"failOn\" (default: ${DEFAULT-VALUE}).")
  Gate failOn;

  @Option(names = "--min-severity", defaultValue = "info", paramLabel = "SEVERITY",
      converter = Converters.SeverityConverter.class, completionCandidates = Converters.SeverityCandidates.class,
      description = "Default for a request's \"minSeverity\" (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Skip the findings this baseline records.")
  Optional<Path> baseline;

  @Option(names = "--threads", defaultValue = "2", description = "Requests checked at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin LimitOptions limitOptions = new LimitOptions();

  @Spec CommandSpec spec;

  private final Supplier<ArticleParser> parsers;

  ServeCommand(Supplier<ArticleParser> parsers) {
    this.parsers = parsers;
  }

  private static final String REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";
  private static final String RESPONSE_SECONDS = "sun.net.httpserver.maxRspTime";

  /**
   * Checks a small made-up pair before taking requests, so that every model and lexicon the rules use is loaded
   * and the first answer is as fast as the rest.
   */
  private static void warmUp(Inspection inspection, CheckOptions defaults) {
    byte[] before = "A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] after = "A headline\n\nThe council approved 19 new jobs on Tuesday, she said.\n"
        .getBytes(StandardCharsets.UTF_8);
    inspection.run(Input.of("warm-up", before), Input.of("warm-up", after), defaults);
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    // The JDK server reads these once, when it starts: a client that sends its request too slowly, or reads the
    // answer too slowly, loses its connection instead of holding a worker.
    if (System.getProperty(REQUEST_SECONDS) == null) {
      System.setProperty(REQUEST_SECONDS, "60");
    }
    if (System.getProperty(RESPONSE_SECONDS) == null) {
      System.setProperty(RESPONSE_SECONDS, "300");
    }
    // The configuration first: its limits bound reading the articles; the options override them.
    RuleConfiguration configuration = Checkers.configuration(config);
    Limits limits = limitOptions.limits(configuration.limits());
    Tool tool = ToolVersion.tool();
    CheckOptions defaults =
        new CheckOptions(failOn, minSeverity, baseline.map(Baseline::load).orElseGet(Baseline::empty));
    try (SpareCore spare = SpareCore.start()) {
      return serve(new Inspection(Checkers.create(configuration, parsers.get(), spare), tool, limits), defaults, limits, tool);
    }
  }

  private int serve(Inspection inspection, CheckOptions defaults, Limits limits, Tool tool)
      throws InterruptedException {
    warmUp(inspection, defaults);
    CheckServer server;
    try {
      server =
          CheckServer.start(
          new InetSocketAddress(host, port), inspection, defaults, limits.maxRequestBytes(), threads, tool);
    } catch (IOException e) {
      throw new UsageException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    PrintWriter out = spec.commandLine().getOut();
    out.println("factdiff serve: listening on http://" + host + ":" + server.port() + " (POST /check, GET /health)");
    out.flush();
    stopped.await();
    return ExitCode.PASSED;
  }
}
