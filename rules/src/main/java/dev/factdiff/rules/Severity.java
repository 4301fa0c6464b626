package dev.factdiff.rules;

import java.util.Locale;

/** How much a finding matters; declared from least to most severe. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
  }
}
