package dev.factdiff.reports;

import com.google.common.hash.Hashing;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A finding's stable identity: a SHA-256 of the rule, the category and both excerpts folded (case, accents'
 * composition, punctuation and spacing), never offsets, so that a revision that moves text around keeps it. The
 * baseline file records these, and the service's {@code dismissed} list names them.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** 64 lower-case hexadecimal digits. */
  public static String of(Finding finding) {
    String key =
        String.join(
            "\u0000",
            finding.ruleId(),
            finding.category().name(),
            folded(finding.original()),
            folded(finding.revised()));
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString();
  }

  /** Whether {@code text} has the form {@link #of} gives. */
  public static boolean isWellFormed(String text) {
    return text.matches("[0-9a-f]{64}");
  }

  private static String folded(Optional<Excerpt> excerpt) {
    return excerpt.map(Excerpt::folded).orElse("\u0001absent");
  }
}
