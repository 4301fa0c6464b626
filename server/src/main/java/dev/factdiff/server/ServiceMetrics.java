package dev.factdiff.server;

import dev.factdiff.reports.Report;
import dev.factdiff.rules.Finding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format: requests by route and status with a latency
 * histogram, the queue's depth, checks refused for a full queue or stopped at their deadline, findings by
 * category, and how long the models took to load. One registry per service, no global state.
 */
final class ServiceMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter rejected;
  private final Counter deadlineExceeded;
  private final AtomicLong modelLoadMillis = new AtomicLong(-1);

  ServiceMetrics(IntSupplier queueDepth, IntSupplier checksRunning) {
    rejected =
        Counter.builder("factdiff.checks.rejected")
            .description("Checks refused with 503 because every worker and queue place was taken")
            .register(registry);
    deadlineExceeded =
        Counter.builder("factdiff.checks.deadline.exceeded")
            .description("Checks stopped at their deadline and answered 504")
            .register(registry);
    Gauge.builder("factdiff.checks.queue.depth", queueDepth::getAsInt)
        .description("Checks waiting for a worker")
        .register(registry);
    Gauge.builder("factdiff.checks.running", checksRunning::getAsInt)
        .description("Checks a worker is running")
        .register(registry);
    Gauge.builder("factdiff.models.load.seconds", () -> modelLoadMillis.get() < 0 ? Double.NaN : modelLoadMillis.get() / 1000.0)
        .description("How long loading the models and the first check took at start (NaN until loaded)")
        .register(registry);
  }

  void request(String route, String method, int status, Duration duration) {
    Timer.builder("factdiff.http.requests")
        .description("HTTP requests by route, method and status")
        .tags("route", route, "method", method, "status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(5))
        .register(registry)
        .record(duration);
  }

  void findings(Report report) {
    for (Finding f : report.findings()) {
      Counter.builder("factdiff.findings")
          .description("Findings reported, by category and severity")
          .tags("category", f.category().name().toLowerCase(Locale.ROOT),
              "severity", f.severity().name().toLowerCase(Locale.ROOT))
          .register(registry)
          .increment();
    }
  }

  void rejected() {
    rejected.increment();
  }

  void deadlineExceeded() {
    deadlineExceeded.increment();
  }

  void modelsLoaded(Duration took) {
    modelLoadMillis.set(took.toMillis());
  }

  String scrape() {
    return registry.scrape();
  }
}
