package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts compared exactly and dates as written (issue 21, defect 6): each of these passed silently when the
 * pipeline's double and its calendar decided.
 */
class ExactComparisonTest {

  @Test
  void numbersPastADoublesPrecisionAreComparedExactly() {
    List<Finding> found =
        Pairs.check(new ChangedNumber(),
            "The fund holds 9,999,999,999,999,999,999 dollars after the vote.",
            "The fund holds 9,999,999,999,999,999,998 dollars after the vote.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("$ 9999999999999999999", found.get(0).evidence().get("original"));
  }

  @Test
  void aThousandDigitNumberChangedInItsLastDigitIsFound() {
    String digits = "7".repeat(1000);
    String changed = "7".repeat(999) + "8";
    List<Finding> found =
        Pairs.check(new ChangedNumber(),
            "The registry lists " + digits + " members in the town.",
            "The registry lists " + changed + " members in the town.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("777777777777…777777777778 (1,000 digits)"), found.get(0).message());
  }

  @Test
  void theSameThousandDigitNumberIsNoChange() {
    String digits = "7".repeat(1000);
    String text = "The registry lists " + digits + " members in the town.";
    assertEquals(List.of(), Pairs.check(new ChangedNumber(), text, text));
  }

  @Test
  void aHugeAmountIsShownByItsMagnitudeNotByItsDigitsRunTogether() {
    List<Finding> found =
        Pairs.check(new ChangedNumber(),
            "The bank reported $1e308 in losses last year.", "The bank reported $2e308 in losses last year.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("$ 1E+308", found.get(0).evidence().get("original"));
    assertEquals("$ 2E+308", found.get(0).evidence().get("revised"));
  }

  @Test
  void longValuesAreShownShortenedAndOrdinaryOnesAsDigits() {
    assertEquals("4000000", ChangedNumber.shown(new BigDecimal("4000000")));
    assertEquals("1E+308", ChangedNumber.shown(new BigDecimal("1e308")));
    assertEquals("123456789012…345678901234 (48 digits)",
        ChangedNumber.shown(new BigDecimal("123456789012345678901234123456789012345678901234")));
  }

  @Test
  void anImpossibleDateChangedIsADateMismatch() {
    List<Finding> found =
        Pairs.check(new ChangedDate(),
            "The hearing is set for February 30 in the city hall, the clerk said.",
            "The hearing is set for February 31 in the city hall, the clerk said.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("XXXX-02-30", found.get(0).evidence().get("original"));
    assertEquals("XXXX-02-31", found.get(0).evidence().get("revised"));
  }

  @Test
  void theSameImpossibleDateIsNoChange() {
    String text = "The hearing is set for February 30 in the city hall, the clerk said.";
    assertEquals(List.of(), Pairs.check(new ChangedDate(), text, text));
  }
}
