package dev.factdiff.core.limits;

import java.time.Duration;

/** A check stopped at its deadline; the message is one line that names the limit. */
public final class DeadlineExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration limit;

  public DeadlineExceededException(Duration limit) {
    super("the check did not finish within its deadline of " + seconds(limit) + " (the --deadline limit)");
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }

  static String seconds(Duration limit) {
    long millis = limit.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
