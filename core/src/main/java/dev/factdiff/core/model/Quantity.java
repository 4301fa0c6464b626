package dev.factdiff.core.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as the text states it, normalized: "90 percent" and "90%" are both 90 PERCENT; "some four
 * million" is 4000000 COUNT, approximate; "300m-long" is 300 COUNT in metres; "a third" is 33.33 FRACTION. Each
 * bound of a range is a quantity of its own ("2 to 5 km" is 2 km and 5 km).
 *
 * @param currency the currency symbol or code for {@link Unit#CURRENCY}, empty otherwise
 * @param measure the unit of measurement written with the number, if any
 */
public record Quantity(
    Span span, String text, BigDecimal value, Unit unit, String currency, Qualifier qualifier, Optional<Measure> measure) {

  public enum Unit {
    COUNT,
    PERCENT,
    CURRENCY,
    ORDINAL,
    /** A share written as a fraction ("a third", "two-thirds", "one in five"); the value is the share in percent. */
    FRACTION
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

  /** Whether the two state the same kind of amount: one unit, or a share as a fraction and as a percentage. */
  public boolean comparable(Quantity other) {
    return unit == other.unit || (isShare() && other.isShare());
  }

  private boolean isShare() {
    return unit == Unit.PERCENT || unit == Unit.FRACTION;
  }

  public boolean approximate() {
    return qualifier == Qualifier.APPROXIMATE;
  }

  /**
   * The same amount whatever the wording or hedge: same unit and currency, and the same value, or one length,
   * weight or temperature in two units of measurement ("20 feet", "6 metres"). A unit of measurement written in
   * one version only does not make two amounts differ.
   */
  public boolean sameAmount(Quantity other) {
    if ((unit == Unit.FRACTION || other.unit == Unit.FRACTION) && comparable(other)) {
      // "a third" is "33 percent" and "two-thirds" "67 percent": the share as articles round it.
      return value.subtract(other.value).abs().compareTo(BigDecimal.ONE) < 0;
    }
    if (unit != other.unit || !currency.equals(other.currency)) {
      return false;
    }
    if (measure.isPresent() && other.measure.isPresent() && measure.get() != other.measure.get()) {
      return Measure.agree(measure.get(), value, other.measure.get(), other.value);
    }
    return value.compareTo(other.value) == 0;
  }
}
