package dev.factdiff.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a long command has got, on standard error. On a terminal, one bar redrawn in place ({@code [=====>    ]
 * 45/200 pairs, 0:12, about 0:20 left}); otherwise (a CI log, a file) a plain line at every tenth of the way, so
 * that a log stays short and still shows the run is alive. Thread-safe: workers report as they finish.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final String unit;
  private final int total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long started;
  private int done;
  private int lastTenth;

  /**
   * @param terminal whether {@code err} is a terminal (redraw in place) or a log (plain lines)
   * @param clock nanoseconds, for the elapsed and remaining times
   */
  Progress(PrintWriter err, String label, String unit, int total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** On standard error, drawn as a bar when the process has a terminal (and is not told otherwise). */
  static Progress onStandardError(PrintWriter err, String label, String unit, int total) {
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new Progress(err, label, unit, total, terminal, System::nanoTime);
  }

  /** One more item finished. */
  synchronized void step() {
    done++;
    if (terminal) {
      // Back to the line's start and clear it: a shorter bar must not leave the end of a longer one behind.
      err.print("\r\u001b[K" + bar());
      if (done == total) {
        err.println();
      }
      err.flush();
      return;
    }
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (tenth > lastTenth || done == total) {
      lastTenth = tenth;
      err.println(label + ": " + done + "/" + total + " " + unit + " (" + (total == 0 ? 100 : done * 100 / total)
          + "%, " + clock(elapsed()) + ")");
      err.flush();
    }
  }

  /** Ends the bar's line when it was left unfinished (the run stopped early). */
  synchronized void close() {
    if (terminal && done < total) {
      err.println();
      err.flush();
    }
  }

  String bar() {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    StringBuilder bar = new StringBuilder(label).append(" [");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    bar.append("] ").append(done).append('/').append(total).append(' ').append(unit).append(", ")
        .append(clock(elapsed()));
    if (done > 0 && done < total) {
      Duration left = elapsed().multipliedBy(total - done).dividedBy(done);
      bar.append(", about ").append(clock(left)).append(" left");
    }
    return bar.append("  ").toString();
  }

  private Duration elapsed() {
    return Duration.ofNanos(clock.getAsLong() - started);
  }

  private static String clock(Duration d) {
    long seconds = d.toSeconds();
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
