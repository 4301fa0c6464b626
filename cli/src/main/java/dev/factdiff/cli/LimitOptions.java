package dev.factdiff.cli;

import dev.factdiff.core.limits.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options that set a check's {@link Limits}, shared by {@code check} and {@code serve}. Each overrides the
 * {@code limits} of the configuration file, which override the defaults; an option not given leaves them.
 */
final class LimitOptions {
  @Option(names = "--deadline", paramLabel = "SECONDS",
      description = "Stop a check that runs longer than this many seconds (default: the configuration's "
          + "limits.deadlineSeconds, else 120); the check exits 2, the service answers 504.")
  Double deadlineSeconds;

  @Option(names = "--max-article-bytes", paramLabel = "BYTES",
      description = "Refuse a version larger than this (default: the configuration's limits.maxArticleBytes, "
          + "else 716800).")
  Integer maxArticleBytes;

  @Option(names = "--max-sentence-chars", paramLabel = "CHARS",
      description = "Refuse a version with a sentence longer than this (default: the configuration's "
          + "limits.maxSentenceChars, else 20000).")
  Integer maxSentenceChars;

  /** The default limits with these options. */
  Limits limits() {
    return limits(Limits.DEFAULT);
  }

  /** {@code base} with the options given; a value out of range is a {@link UsageException} naming the option. */
  Limits limits(Limits base) {
    Limits limits = base;
    if (deadlineSeconds != null) {
      if (!(deadlineSeconds > 0) || deadlineSeconds > 86_400) {
        throw new UsageException("--deadline must be between 0 and 86400 seconds, not " + deadlineSeconds);
      }
      limits = limits.withDeadline(Duration.ofMillis(Math.max(1, Math.round(deadlineSeconds * 1000))));
    }
    if (maxArticleBytes != null) {
      if (maxArticleBytes < 1) {
        throw new UsageException("--max-article-bytes must be at least 1, not " + maxArticleBytes);
      }
      limits = limits.withMaxArticleBytes(maxArticleBytes);
    }
    if (maxSentenceChars != null) {
      if (maxSentenceChars < 1) {
        throw new UsageException("--max-sentence-chars must be at least 1, not " + maxSentenceChars);
      }
      limits = limits.withMaxSentenceChars(maxSentenceChars);
    }
    return limits;
  }
}
