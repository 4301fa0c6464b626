package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.testing.TestParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers and dates read as the article writes them, where the pipeline would read them otherwise: it reads
 * numbers through a double and drops a day its month does not have (issue 21, defect 6).
 */
class ExactReadingTest {

  private static List<Quantity> quantities(String text) {
    return TestParser.get().parse("test", text).sentences().stream()
        .flatMap(s -> s.claim().quantities().stream())
        .toList();
  }

  private static List<TimeExpression> times(String text) {
    return TestParser.get().parse("test", text).sentences().stream()
        .flatMap(s -> s.claim().times().stream())
        .toList();
  }

  @Test
  void digitsPastADoublesPrecisionAreReadExactly() {
    List<Quantity> q = quantities("The fund holds 9,999,999,999,999,999,998 dollars after the vote.");
    assertEquals(1, q.size(), q.toString());
    assertEquals(new BigDecimal("9999999999999999998"), q.get(0).value());
  }

  @Test
  void aThousandDigitNumberIsOneNumberReadExactly() {
    String digits = "1".repeat(999) + "2";
    String text = "The registry lists " + digits + " members in the town.";
    List<Quantity> q = quantities(text);
    assertEquals(1, q.size(), q.toString());
    assertEquals(new BigDecimal(digits), q.get(0).value());
    assertEquals(digits, q.get(0).text());
    assertEquals(text.indexOf(digits), q.get(0).span().start());
  }

  @Test
  void scientificNotationIsItsValueNotItsDigitsRunTogether() {
    List<Quantity> q = quantities("The bank reported $1e308 in losses last year.");
    assertEquals(1, q.size(), q.toString());
    assertEquals(0, new BigDecimal("1e308").compareTo(q.get(0).value()), q.get(0).value().toString());
  }

  @Test
  void anExponentOfABillionIsNotWrittenOut() {
    List<Quantity> q = quantities("The bank reported $1e999999999 and 2E-999999 in losses last year.");
    q.forEach(quantity -> assertTrue(quantity.value().precision() - quantity.value().scale() < 1_000, quantity.toString()));
  }

  @Test
  void aMultiplierWordOrAFusedUnitKeepsThePipelinesValue() {
    assertEquals(0, new BigDecimal("2500000").compareTo(quantities("The city spent 2.5 million dollars.").get(0).value()));
    assertEquals(0, new BigDecimal("5000000").compareTo(quantities("The firm lost $5m last year.").get(0).value()));
    assertEquals(0, new BigDecimal("5000").compareTo(quantities("The firm hired 5,000 workers.").get(0).value()));
  }

  @Test
  void aDayTheMonthDoesNotHaveIsKeptAsWritten() {
    List<TimeExpression> t = times("The hearing is set for February 30 in the city hall, the clerk said.");
    assertEquals(1, t.size(), t.toString());
    assertEquals("February 30", t.get(0).text());
    assertEquals("XXXX-02-30", t.get(0).value());
    assertEquals("XXXX-04-31", times("The vote was held on 31 April in the capital.").get(0).value());
  }

  @Test
  void aValidDateIsTheNormalizersAndACountAfterAMonthIsNoDay() {
    assertEquals("XXXX-02-28", times("The hearing is set for February 28 in the city hall.").get(0).value());
    List<TimeExpression> t = times("In February 45 workers were laid off at the plant.");
    assertEquals("February", t.get(0).text(), t.toString());
  }
}
