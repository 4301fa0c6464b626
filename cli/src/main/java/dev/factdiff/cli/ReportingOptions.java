package dev.factdiff.cli;

import dev.factdiff.reports.FindingOrder;
import dev.factdiff.reports.Gate;
import dev.factdiff.rules.Severity;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that decide what a check reports and when it blocks, the same for {@code check} and {@code batch}:
 * the rule configuration, the gate, the least severity reported and the order of the findings.
 */
final class ReportingOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Rule configuration (YAML) to use instead of the defaults.")
  Optional<Path> config = Optional.empty();

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      converter = Converters.GateConverter.class, completionCandidates = Converters.GateCandidates.class,
      description = "Block (check: exit 1; batch: the pair is blocked) when a reported finding is at least this "
          + "severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
  Gate failOn;

  @Option(names = "--min-severity", defaultValue = "info", paramLabel = "SEVERITY",
      converter = Converters.SeverityConverter.class, completionCandidates = Converters.SeverityCandidates.class,
      description = "Leave out findings less severe than this: error, warning or info (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(names = "--order", defaultValue = "triage", paramLabel = "ORDER",
      converter = Converters.OrderConverter.class, completionCandidates = Converters.OrderCandidates.class,
      description = "List findings by triage (errors first, then warnings, then info; each in reading order) or in "
          + "reading order (default: ${DEFAULT-VALUE}).")
  FindingOrder order;
}
