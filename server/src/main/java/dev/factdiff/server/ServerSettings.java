package dev.factdiff.server;

import dev.factdiff.core.limits.Limits;
import dev.factdiff.reports.Gate;
import dev.factdiff.rules.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the service runs: where it listens, how much work it takes on, and the defaults of a request. The command
 * line sets these from its flags and {@code FACTDIFF_*} environment variables (README, "Deploy the pre-publication
 * check", lists them in one table).
 *
 * @param host the address to listen on; {@code 127.0.0.1} unless the service is meant to be reached from outside
 * @param port the port; 0 picks a free one
 * @param workers checks run at once
 * @param queue checks waiting for a worker; past that a request gets 503 with {@code Retry-After}
 * @param readTimeout how long a client may take to send its whole request
 * @param grace how long a stop waits for the checks in flight
 * @param token the bearer token every check must carry, if any
 * @param corsOrigins the origins a browser may call the service from
 * @param limits article and request sizes, sentence length and the per-check deadline
 * @param failOn the gate of a request that names none
 * @param minSeverity the severity floor of a request that names none
 * @param dismissed fingerprints every request skips (the baseline the service was started with)
 */
public record ServerSettings(
    String host,
    int port,
    int workers,
    int queue,
    Duration readTimeout,
    Duration grace,
    Optional<String> token,
    List<String> corsOrigins,
    Limits limits,
    Gate failOn,
    Severity minSeverity,
    Set<String> dismissed) {

  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("the service needs at least 1 worker, not " + workers);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("the queue cannot be negative: " + queue);
    }
    if (readTimeout.isNegative() || readTimeout.isZero() || grace.isNegative()) {
      throw new IllegalArgumentException("the read timeout must be positive and the grace period not negative");
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("the bearer token cannot be blank");
    }
    corsOrigins = List.copyOf(corsOrigins);
    dismissed = Set.copyOf(dismissed);
  }

  /** Loopback, any free port, small limits' defaults: what tests start from. */
  public static ServerSettings loopback() {
    return new ServerSettings("127.0.0.1", 0, 2, 8, Duration.ofSeconds(30), Duration.ofSeconds(30),
        Optional.empty(), List.of(), Limits.DEFAULT, Gate.failOn(Severity.ERROR), Severity.INFO, Set.of());
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, workers, queue, readTimeout, grace, token, corsOrigins, limits, failOn,
        minSeverity, dismissed);
  }

  public ServerSettings withWork(int newWorkers, int newQueue) {
    return new ServerSettings(host, port, newWorkers, newQueue, readTimeout, grace, token, corsOrigins, limits,
        failOn, minSeverity, dismissed);
  }

  public ServerSettings withReadTimeout(Duration timeout) {
    return new ServerSettings(host, port, workers, queue, timeout, grace, token, corsOrigins, limits, failOn,
        minSeverity, dismissed);
  }

  public ServerSettings withAccess(Optional<String> newToken, List<String> origins) {
    return new ServerSettings(host, port, workers, queue, readTimeout, grace, newToken, origins, limits, failOn,
        minSeverity, dismissed);
  }

  public ServerSettings withLimits(Limits newLimits) {
    return new ServerSettings(host, port, workers, queue, readTimeout, grace, token, corsOrigins, newLimits, failOn,
        minSeverity, dismissed);
  }
}
