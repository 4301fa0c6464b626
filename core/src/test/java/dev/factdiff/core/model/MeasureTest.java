package dev.factdiff.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Conversions as articles round them, and what no rounding excuses. */
class MeasureTest {

  private static boolean agree(Measure a, double x, Measure b, double y) {
    return Measure.agree(a, BigDecimal.valueOf(x), b, BigDecimal.valueOf(y));
  }

  @Test
  void roundedConversionsAgree() {
    assertTrue(agree(Measure.FOOT, 820, Measure.METRE, 250));
    assertTrue(agree(Measure.FOOT, 3, Measure.METRE, 1));
    assertTrue(agree(Measure.MILE, 5, Measure.KILOMETRE, 8));
    assertTrue(agree(Measure.FAHRENHEIT, 70, Measure.CELSIUS, 21));
    assertTrue(agree(Measure.TONNE, 2, Measure.KILOGRAM, 2000));
  }

  @Test
  void anotherAmountOrDimensionDoesNot() {
    assertFalse(agree(Measure.FOOT, 20, Measure.METRE, 20));
    assertFalse(agree(Measure.FOOT, 200, Measure.METRE, 100));
    assertFalse(agree(Measure.MILE, 1, Measure.KILOMETRE, 2));
    assertFalse(agree(Measure.CELSIUS, 30, Measure.FAHRENHEIT, 30));
    assertFalse(agree(Measure.METRE, 100, Measure.KILOGRAM, 100));
  }
}
