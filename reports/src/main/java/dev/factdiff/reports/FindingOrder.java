package dev.factdiff.reports;

import dev.factdiff.rules.Finding;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which a report lists its findings. Triage (the default) puts what blocks publication first: an
 * editor with five minutes reads the errors before the warnings, and info last. Reading order follows the text.
 */
public enum FindingOrder {
  /** Most severe first; within a severity, reading order. */
  TRIAGE(Comparator.comparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Report.READING_ORDER)),
  /** Position in the text, then rule id and message, whatever the severity. */
  READING(Report.READING_ORDER);

  private final Comparator<Finding> comparator;

  FindingOrder(Comparator<Finding> comparator) {
    this.comparator = comparator;
  }

  public Comparator<Finding> comparator() {
    return comparator;
  }

  /** {@code triage} or {@code reading}, as {@code --order} takes it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code triage} or {@code reading} (any case); anything else is an {@link IllegalArgumentException}. */
  public static FindingOrder parse(String text) {
    for (FindingOrder order : values()) {
      if (order.id().equalsIgnoreCase(text.strip())) {
        return order;
      }
    }
    throw new IllegalArgumentException("unknown order '" + text + "' (expected triage or reading)");
  }
}
