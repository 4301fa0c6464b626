package dev.factdiff.core.limits;

import java.time.Duration;

/**
 * When a check must have finished. Cooperative: the parser, the aligner and the rule engine call {@link #check()}
 * between sentences, pairs and rules, so that a check past its time stops at the next of them and frees its
 * thread (a thread cannot safely be stopped from outside). Immutable and thread-safe.
 */
public final class Deadline {

  private static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE, false);

  private final Duration limit;
  private final long endNanos;
  private final boolean bounded;

  private Deadline(Duration limit, long endNanos, boolean bounded) {
    this.limit = limit;
    this.endNanos = endNanos;
    this.bounded = bounded;
  }

  /** A deadline {@code limit} from now. */
  public static Deadline after(Duration limit) {
    return new Deadline(limit, System.nanoTime() + limit.toNanos(), true);
  }

  /** No deadline: for callers (tests, the evaluation) that bound their work some other way. */
  public static Deadline none() {
    return NONE;
  }

  public boolean passed() {
    return bounded && System.nanoTime() - endNanos > 0;
  }

  /** Throws {@link DeadlineExceededException} once the deadline has passed. */
  public void check() {
    if (passed()) {
      throw new DeadlineExceededException(limit);
    }
  }

  public Duration limit() {
    return limit;
  }
}
