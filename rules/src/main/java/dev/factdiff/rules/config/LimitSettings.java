package dev.factdiff.rules.config;

import dev.factdiff.core.limits.Limits;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits a configuration file sets ({@code limits:} with {@code maxArticleBytes}, {@code maxSentenceChars},
 * {@code deadlineSeconds}), each optional: a limit left out keeps its default, and a command-line option
 * ({@code --max-article-bytes}...) overrides the file.
 */
public record LimitSettings(
    Optional<Integer> maxArticleBytes, Optional<Integer> maxSentenceChars, Optional<Duration> deadline) {

  /** A file that sets no limit. */
  public static final LimitSettings NONE = new LimitSettings(Optional.empty(), Optional.empty(), Optional.empty());

  /** These settings, with {@code later}'s values where it has them. */
  LimitSettings overriddenBy(LimitSettings later) {
    return new LimitSettings(
        later.maxArticleBytes.or(() -> maxArticleBytes),
        later.maxSentenceChars.or(() -> maxSentenceChars),
        later.deadline.or(() -> deadline));
  }

  /** {@code base} with the limits these settings give. */
  public Limits applyTo(Limits base) {
    Limits limits = base;
    if (maxArticleBytes.isPresent()) {
      limits = limits.withMaxArticleBytes(maxArticleBytes.get());
    }
    if (maxSentenceChars.isPresent()) {
      limits = limits.withMaxSentenceChars(maxSentenceChars.get());
    }
    if (deadline.isPresent()) {
      limits = limits.withDeadline(deadline.get());
    }
    return limits;
  }
}
