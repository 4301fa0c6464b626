package dev.factdiff.core.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A unit of measurement a number is stated in ("20 feet", "300 m", "30°C"), with what it measures and its size
 * in that dimension's base unit, so that "20 feet" and "6 metres" can be told to be the same length.
 */
public enum Measure {
  MILLIMETRE(Dimension.LENGTH, 0.001),
  CENTIMETRE(Dimension.LENGTH, 0.01),
  METRE(Dimension.LENGTH, 1),
  KILOMETRE(Dimension.LENGTH, 1000),
  INCH(Dimension.LENGTH, 0.0254),
  FOOT(Dimension.LENGTH, 0.3048),
  YARD(Dimension.LENGTH, 0.9144),
  MILE(Dimension.LENGTH, 1609.344),
  NAUTICAL_MILE(Dimension.LENGTH, 1852),
  SQUARE_METRE(Dimension.AREA, 1),
  SQUARE_FOOT(Dimension.AREA, 0.09290304),
  HECTARE(Dimension.AREA, 10_000),
  ACRE(Dimension.AREA, 4046.8564),
  SQUARE_KILOMETRE(Dimension.AREA, 1_000_000),
  SQUARE_MILE(Dimension.AREA, 2_589_988.11),
  GRAM(Dimension.MASS, 0.001),
  KILOGRAM(Dimension.MASS, 1),
  /** Metric: in international news "tons" mostly are; a short or long ton is within a tenth of it anyway. */
  TONNE(Dimension.MASS, 1000),
  OUNCE(Dimension.MASS, 0.028349523),
  POUND(Dimension.MASS, 0.45359237),
  MILLILITRE(Dimension.VOLUME, 0.001),
  LITRE(Dimension.VOLUME, 1),
  GALLON(Dimension.VOLUME, 3.785411784),
  BARREL(Dimension.VOLUME, 158.987295),
  CUBIC_METRE(Dimension.VOLUME, 1000),
  KILOMETRE_PER_HOUR(Dimension.SPEED, 1),
  MILE_PER_HOUR(Dimension.SPEED, 1.609344),
  KNOT(Dimension.SPEED, 1.852),
  METRE_PER_SECOND(Dimension.SPEED, 3.6),
  CELSIUS(Dimension.TEMPERATURE, 1),
  FAHRENHEIT(Dimension.TEMPERATURE, 5.0 / 9);

  /** What a unit measures; units of one dimension convert into each other. */
  public enum Dimension {
    LENGTH,
    AREA,
    MASS,
    VOLUME,
    SPEED,
    TEMPERATURE
  }

  /**
   * How far apart two statements of one amount may be: articles round a conversion ("3 feet (1 metre)" is 9%
   * off), but not by a tenth.
   */
  private static final double ROUNDING = 0.1;

  /** Degrees Celsius two rounded temperatures may be apart ("70F (21C)"). */
  private static final double DEGREES = 1.5;

  private final Dimension dimension;
  private final double size;

  Measure(Dimension dimension, double size) {
    this.dimension = dimension;
    this.size = size;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** The unit's name as a reader writes it: "square kilometre". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The value in the dimension's base unit: metres, square metres, kilograms, litres, km/h, degrees Celsius. */
  public double inBaseUnits(BigDecimal value) {
    double v = value.doubleValue();
    return this == FAHRENHEIT ? (v - 32) * size : v * size;
  }

  /** Whether the two amounts are one amount in two units, as an article rounds a conversion. */
  public static boolean agree(Measure first, BigDecimal firstValue, Measure second, BigDecimal secondValue) {
    if (first.dimension != second.dimension) {
      return false;
    }
    double a = first.inBaseUnits(firstValue);
    double b = second.inBaseUnits(secondValue);
    if (first.dimension == Dimension.TEMPERATURE) {
      return Math.abs(a - b) <= DEGREES;
    }
    return Math.abs(a - b) <= ROUNDING * Math.max(Math.abs(a), Math.abs(b));
  }
}
