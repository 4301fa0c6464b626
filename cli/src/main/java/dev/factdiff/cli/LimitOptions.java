package dev.factdiff.cli;

import dev.factdiff.core.limits.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options that set a check's {@link Limits}, shared by {@code check} and {@code serve}. */
final class LimitOptions {
  @Option(names = "--deadline", paramLabel = "SECONDS",
      description = "Stop a check that runs longer than this many seconds (default: ${DEFAULT-VALUE}); "
          + "the check exits 2, the service answers 504.")
  double deadlineSeconds = Limits.DEFAULT_DEADLINE.toSeconds();

  @Option(names = "--max-article-bytes", paramLabel = "BYTES",
      description = "Refuse a version larger than this (default: ${DEFAULT-VALUE}).")
  int maxArticleBytes = Limits.DEFAULT_MAX_ARTICLE_BYTES;

  @Option(names = "--max-sentence-chars", paramLabel = "CHARS",
      description = "Refuse a version with a sentence longer than this (default: ${DEFAULT-VALUE}).")
  int maxSentenceChars = Limits.DEFAULT_MAX_SENTENCE_CHARS;

  /** The limits these options set; a value out of range is a {@link UsageException} naming the option. */
  Limits limits() {
    if (!(deadlineSeconds > 0) || deadlineSeconds > 86_400) {
      throw new UsageException("--deadline must be between 0 and 86400 seconds, not " + deadlineSeconds);
    }
    if (maxArticleBytes < 1) {
      throw new UsageException("--max-article-bytes must be at least 1, not " + maxArticleBytes);
    }
    if (maxSentenceChars < 1) {
      throw new UsageException("--max-sentence-chars must be at least 1, not " + maxSentenceChars);
    }
    return Limits.DEFAULT
        .withMaxArticleBytes(maxArticleBytes)
        .withMaxSentenceChars(maxSentenceChars)
        .withDeadline(Duration.ofMillis(Math.round(deadlineSeconds * 1000)));
  }
}
