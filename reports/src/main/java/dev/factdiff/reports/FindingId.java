package dev.factdiff.reports;

import com.google.common.hash.Hashing;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A finding's stable id: the SHA-256 of its rule, its category and both excerpts folded ({@link Excerpt#folded}:
 * case, composition, punctuation and spacing), never offsets or the message. So the same finding has the same id
 * in every run, after its paragraph moved and after unrelated edits elsewhere, and a change repeated through the
 * text has the id of its first place. The baseline records findings by it, the JSON report gives it as {@code id},
 * and whoever dismisses a finding (a CMS, the service's {@code dismissed}) names it by it.
 */
public final class FindingId {
  private FindingId() {}

  /** 64 lower-case hex digits. */
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
