package dev.factdiff.cli;

import dev.factdiff.reports.Gate;
import dev.factdiff.rules.Severity;

/**
 * What a check leaves out and when it blocks: findings the baseline records are skipped, findings below
 * {@code minSeverity} are not reported, and the gate decides on what is reported. A pair whose versions are not
 * both English is refused unless {@code assumeEnglish}.
 */
record CheckOptions(Gate gate, Severity minSeverity, Baseline baseline, boolean assumeEnglish) {
  /** Options that check the versions' language. */
  CheckOptions(Gate gate, Severity minSeverity, Baseline baseline) {
    this(gate, minSeverity, baseline, false);
  }

  static CheckOptions defaults() {
    return new CheckOptions(Gate.failOn(Severity.ERROR), Severity.INFO, Baseline.empty());
  }
}
