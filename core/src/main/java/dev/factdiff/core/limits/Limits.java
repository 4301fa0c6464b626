package dev.factdiff.core.limits;

import java.time.Duration;

/**
 * Every bound on one check, in one place: the command line and the service set them from their options, tests
 * set small ones. The defaults come from measurement (docs/RELIABILITY.md): an article pair at
 * {@code maxArticleBytes} fits the launcher's 1 GiB heap, and an idle two-core machine checks it within
 * {@code deadline}.
 *
 * @param maxArticleBytes the largest version accepted, in bytes
 * @param maxSentenceChars the longest sentence accepted, in characters: the word-level comparisons of a pair grow
 *     with the product of its sentences' lengths, so this bounds their time and memory
 * @param deadline how long one check may run before it is stopped
 * @param maxRequestBytes the largest request the service reads: two articles and the JSON around them
 */
public record Limits(int maxArticleBytes, int maxSentenceChars, Duration deadline, int maxRequestBytes) {

  public static final int DEFAULT_MAX_ARTICLE_BYTES = 700 * 1024;
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 20_000;
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(120);

  /** What a check is allowed unless configured otherwise. */
  public static final Limits DEFAULT =
      new Limits(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_SENTENCE_CHARS, DEFAULT_DEADLINE,
          requestBytesFor(DEFAULT_MAX_ARTICLE_BYTES));

  public Limits {
    if (maxArticleBytes < 1 || maxSentenceChars < 1 || maxRequestBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the deadline must be positive, not " + deadline);
    }
  }

  /** Two articles at the size limit, with room for the JSON around them (escaping can double a text's size). */
  public static int requestBytesFor(int maxArticleBytes) {
    long bytes = 4L * maxArticleBytes + 64 * 1024;
    return (int) Math.min(Integer.MAX_VALUE - 8, bytes);
  }

  public Limits withMaxArticleBytes(int bytes) {
    return new Limits(bytes, maxSentenceChars, deadline, requestBytesFor(bytes));
  }

  public Limits withMaxSentenceChars(int chars) {
    return new Limits(maxArticleBytes, chars, deadline, maxRequestBytes);
  }

  public Limits withDeadline(Duration limit) {
    return new Limits(maxArticleBytes, maxSentenceChars, limit, maxRequestBytes);
  }

  /** A deadline for a check that starts now. */
  public Deadline startDeadline() {
    return Deadline.after(deadline);
  }
}
