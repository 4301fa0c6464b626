package dev.factdiff.reports;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a report blocks publication: a finding at or above {@code failOn}; never when it is empty.
 */
public record Gate(Optional<Severity> failOn) {
  public static Gate failOn(Severity severity) {
    return new Gate(Optional.of(severity));
  }

  public static Gate never() {
    return new Gate(Optional.empty());
  }

  /** {@code error}, {@code warning}, {@code info} or {@code never}. */
  public static Gate parse(String text) {
    if (text.trim().toLowerCase(Locale.ROOT).equals("never")) {
      return never();
    }
    return failOn(Severity.parse(text));
  }

  public boolean blocks(List<Finding> findings) {
    return failOn.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(failOn.get()));
  }

  public String id() {
    return failOn.map(Severity::id).orElse("never");
  }
}
