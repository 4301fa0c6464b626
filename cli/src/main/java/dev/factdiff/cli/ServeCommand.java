package dev.factdiff.cli;

import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.Gate;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.SpareCore;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import dev.factdiff.server.ArticleChecks;
import dev.factdiff.server.CheckService;
import dev.factdiff.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/**
 * {@code factdiff serve}: the check as an HTTP service until SIGTERM or SIGINT, which stop it gracefully (exit 0).
 * Every option can also be set by an environment variable, {@code FACTDIFF_} and the option's name in capitals
 * ({@link EnvironmentDefaults}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    defaultValueProvider = EnvironmentDefaults.class,
    description = {
      "Serve the check over HTTP: POST /v1/check with {\"original\": text, \"revised\": text} returns the report "
          + "with \"blocked\"; GET /v1/rules, /healthz, /readyz, /metrics, /openapi.json. Every option can be set "
          + "by an environment variable too: --max-article-bytes by FACTDIFF_MAX_ARTICLE_BYTES, and so on.",
      ""
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
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

  @Option(names = "--baseline", paramLabel = "FILE", description = "Skip the findings this baseline records, in every request.")
  Optional<Path> baseline;

  @Option(names = {"--workers", "--threads"}, defaultValue = "2",
      description = "Checks run at once (default: ${DEFAULT-VALUE}); each may need up to 1 GB of heap on a long article.")
  int workers;

  @Option(names = "--queue", defaultValue = "16",
      description = "Checks that may wait for a worker; past that a request gets 503 with Retry-After (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--read-timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "A client must send its whole request within this (408 otherwise; default: ${DEFAULT-VALUE}).")
  double readTimeoutSeconds;

  @Option(names = "--grace", defaultValue = "30", paramLabel = "SECONDS",
      description = "On SIGTERM, how long the checks in flight may take to finish (default: ${DEFAULT-VALUE}).")
  double graceSeconds;

  @Option(names = "--max-request-bytes", defaultValue = "0", paramLabel = "BYTES",
      description = "Refuse a larger request body with 413 (default: 0, four times --max-article-bytes and 64 KiB for the JSON).")
  int maxRequestBytes;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Require 'Authorization: Bearer TOKEN' on /v1/check, /check and /v1/rules (401 otherwise). "
          + "Prefer FACTDIFF_TOKEN: a command line is visible to every user of the machine.")
  Optional<String> token;

  @Option(names = "--cors-origin", split = ",", paramLabel = "ORIGIN",
      description = "Origins a browser may call the service from, e.g. https://cms.example.org (none by default).")
  List<String> corsOrigins = List.of();

  @Mixin LimitOptions limitOptions = new LimitOptions();

  @Spec CommandSpec spec;

  private final Supplier<ArticleParser> parsers;

  ServeCommand(Supplier<ArticleParser> parsers) {
    this.parsers = parsers;
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings = settings();
    try {
      CheckService.requireFreeAddress(settings);
    } catch (CheckService.ServiceStartException e) {
      throw new UsageException(e.getMessage(), e);
    }
    Tool tool = ToolVersion.tool();
    PrintWriter out = spec.commandLine().getOut();
    try (SpareCore spare = SpareCore.start()) {
      // The port opens first and the models load behind it: a busy port fails at once, and /readyz says when
      // the service can check.
      CheckService service;
      try {
        service =
            CheckService.start(
                settings,
                () -> {
                  RuleConfiguration configuration = configuration();
                  spare.prefetch(WordNetLexicon::get);
                  return new ArticleChecks(parsers.get(), configuration, spare, tool);
                },
                tool,
                line -> {
                  synchronized (out) {
                    out.println(line);
                    out.flush();
                  }
                });
      } catch (CheckService.ServiceStartException e) {
        throw new UsageException(e.getMessage(), e);
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runnable stop = () -> {
        service.stop();
        stopped.countDown();
      };
      // A signal handler, not only a shutdown hook: the JVM then does not begin to exit (with 143) before the
      // checks in flight have finished, and the command returns 0.
      for (String name : List.of("TERM", "INT")) {
        Signal.handle(new Signal(name), signal -> new Thread(stop, "factdiff-stop").start());
      }
      service.loaded().whenComplete((ok, failure) -> {
        if (failure != null) {
          stop.run();
        }
      });
      stopped.await();
      // A model that native code is still loading must not be cut off by the exit (ONNX Runtime's library is
      // unmapped under it and the JVM crashes): the loading gets the grace period to end.
      try {
        service.loaded().get(settings.grace().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // The failure is looked at below; a loading still running after the grace period is cut off.
      }
      // Models or a configuration that could not load end the command as they would have in the foreground.
      Throwable failure = service.loaded().handle((ok, e) -> e).getNow(null);
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return ExitCode.PASSED;
    }
  }

  /** The rule configuration the options name; a bad file is a one-line error, before the port opens. */
  private RuleConfiguration configuration() {
    return Checkers.configuration(config);
  }

  ServerSettings settings() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    if (workers < 1) {
      throw new UsageException("--workers must be at least 1, not " + workers);
    }
    if (queue < 0) {
      throw new UsageException("--queue must be at least 0, not " + queue);
    }
    if (!(readTimeoutSeconds > 0) || readTimeoutSeconds > 3600) {
      throw new UsageException("--read-timeout must be between 0 and 3600 seconds, not " + readTimeoutSeconds);
    }
    if (!(graceSeconds >= 0) || graceSeconds > 3600) {
      throw new UsageException("--grace must be between 0 and 3600 seconds, not " + graceSeconds);
    }
    if (maxRequestBytes < 0) {
      throw new UsageException("--max-request-bytes must be at least 0, not " + maxRequestBytes);
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new UsageException("--token cannot be blank");
    }
    // The configuration file's limits bound every request, and the options override them. Reading the file takes
    // milliseconds; building the rules it configures waits for the loading thread, behind the open port.
    Limits limits = limitOptions.limits(configuration().limits());
    if (maxRequestBytes > 0) {
      limits = new Limits(limits.maxArticleBytes(), limits.maxSentenceChars(), limits.deadline(), maxRequestBytes);
    }
    Set<String> dismissed = baseline.map(Baseline::load).map(Baseline::fingerprints).orElse(Set.of());
    return new ServerSettings(host, port, workers, queue, seconds(readTimeoutSeconds), seconds(graceSeconds), token,
        corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList(), limits, failOn, minSeverity,
        dismissed);
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
