package dev.factdiff.rules;

import com.google.common.base.Preconditions;

/**
 * One option of a rule, declared in the rule itself (PMD's {@code PropertyDescriptor}): its name, type, default,
 * allowed range and one line of description. A configuration is validated against these declarations, and the
 * default exists only here. Read the configured value with {@link RuleContext#option(String, RuleOption)}.
 *
 * @param type {@code Integer.class} for a whole number, {@code Double.class} for any number
 * @param min the smallest allowed value, inclusive
 * @param max the largest allowed value, inclusive
 */
public record RuleOption<T extends Number & Comparable<T>>(
    String name, Class<T> type, T defaultValue, T min, T max, String description) {

  public RuleOption {
    Preconditions.checkArgument(name.matches("[a-z][A-Za-z0-9]*"), "bad option name: %s", name);
    Preconditions.checkArgument(
        type.equals(Integer.class) || type.equals(Double.class), "option %s: a whole number or a number", name);
    Preconditions.checkArgument(
        min.compareTo(defaultValue) <= 0 && defaultValue.compareTo(max) <= 0,
        "option %s: default %s is outside %s..%s",
        name,
        defaultValue,
        min,
        max);
    Preconditions.checkArgument(
        !description.isBlank() && description.lines().count() == 1, "option %s: one line of description", name);
  }

  /** An option that takes a whole number from {@code min} to {@code max}. */
  public static RuleOption<Integer> wholeNumber(String name, int defaultValue, int min, int max, String description) {
    return new RuleOption<>(name, Integer.class, defaultValue, min, max, description);
  }

  /** An option that takes any number from {@code min} to {@code max}. */
  public static RuleOption<Double> number(String name, double defaultValue, double min, double max, String description) {
    return new RuleOption<>(name, Double.class, defaultValue, min, max, description);
  }

  public boolean isWholeNumber() {
    return type.equals(Integer.class);
  }

  /** What the option accepts, for messages and the catalogue: "a whole number from 0 to 10". */
  public String allowed() {
    return (isWholeNumber() ? "a whole number" : "a number") + " from " + min + " to " + max;
  }

  /** Whether a value of this option's type lies in its range. */
  public boolean allows(T value) {
    return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
  }

  /** A configured number as this option's type; the caller has checked that a whole number is one. */
  public T valueOf(Number value) {
    // Boxed apart: in one conditional expression an Integer and a Double would both unbox to double.
    Number converted;
    if (isWholeNumber()) {
      converted = Integer.valueOf(value.intValue());
    } else {
      converted = Double.valueOf(value.doubleValue());
    }
    return type.cast(converted);
  }
}
