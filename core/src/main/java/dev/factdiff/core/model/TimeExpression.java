package dev.factdiff.core.model;

/**
 * A date, time, duration or recurrence, normalized to a TIMEX3 value where the text settles one ("March 2011"
 * is {@code 2011-03}); relative expressions ("last week") keep a relative value and {@code relative} is true.
 */
public record TimeExpression(Span span, String text, Type type, String value, boolean relative) {

  public enum Type {
    DATE,
    TIME,
    DURATION,
    SET
  }
}
