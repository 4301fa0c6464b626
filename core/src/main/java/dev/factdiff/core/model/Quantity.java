package dev.factdiff.core.model;

import java.math.BigDecimal;

/**
 * A number as the text states it, normalized: "90 percent" and "90%" are both 90 PERCENT; "some four
 * million" is 4000000 COUNT, approximate.
 *
 * @param currency the currency symbol or code for {@link Unit#CURRENCY}, empty otherwise
 */
public record Quantity(Span span, String text, BigDecimal value, Unit unit, String currency, Qualifier qualifier) {

  public enum Unit {
    COUNT,
    PERCENT,
    CURRENCY,
    ORDINAL
  }

  /** How the text hedges or bounds the number. */
  public enum Qualifier {
    EXACT,
    APPROXIMATE,
    AT_LEAST,
    AT_MOST
  }

  public Quantity {
    value = value.stripTrailingZeros();
  }

  public boolean approximate() {
    return qualifier == Qualifier.APPROXIMATE;
  }

  /** Same value, unit and currency, whatever the wording or hedge. */
  public boolean sameAmount(Quantity other) {
    return value.compareTo(other.value) == 0 && unit == other.unit && currency.equals(other.currency);
  }
}
