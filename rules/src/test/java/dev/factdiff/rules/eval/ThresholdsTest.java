package dev.factdiff.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  /** Two cases: 3 of 4 number items found, 0 of 1 date item; one false alarm. */
  private static final EvalReport REPORT =
      new EvalReport(
          List.of(
              new CaseScore("a", "s", false, Map.of("NUMBER_MISMATCH", 3), Map.of("NUMBER_MISMATCH", 4, "DATE_MISMATCH", 1),
                  List.of("NUMBER_MISMATCH: 5", "DATE_MISMATCH: May"), List.of("NAME_VARIANT: Kiev")),
              new CaseScore("b", "s", true, Map.of(), Map.of(), List.of(), List.of())));

  @Test
  void reportFigures() {
    assertEquals(0.6, REPORT.recall(), 1e-9);
    assertEquals(0.5, REPORT.falseAlarmsPerCase(), 1e-9);
    assertEquals(0.75, REPORT.recall("NUMBER_MISMATCH"), 1e-9);
    assertEquals(1.0, REPORT.recall("PRONOUN_SHIFT"), 1e-9, "no case expects it");
    assertEquals(
        "recall 3/5 = 0.60; false alarms 1 over 2 cases (0.50 per case); benign-only pairs with a false alarm 0/1",
        REPORT.summaryLine());
  }

  @Test
  void passingThresholdsGiveNoViolation() {
    Thresholds thresholds =
        new Thresholds(OptionalDouble.of(0.6), OptionalDouble.of(0.5), Map.of("NUMBER_MISMATCH", 0.75));
    assertEquals(List.of(), thresholds.violations(REPORT));
  }

  @Test
  void eachShortfallIsNamed() {
    Thresholds thresholds =
        new Thresholds(OptionalDouble.of(0.8), OptionalDouble.of(0.3), Map.of("DATE_MISMATCH", 0.5));
    assertEquals(
        List.of(
            "recall 0.60 is below 0.8",
            "false alarms per case 0.50 are above 0.3",
            "DATE_MISMATCH recall 0.00 is below 0.5"),
        thresholds.violations(REPORT));
  }

  @Test
  void twoDecimalsRoundAsPythonDoes() {
    assertEquals("0.12", EvalReport.twoPlaces(0.125));
    assertEquals("0.38", EvalReport.twoPlaces(0.375));
    assertEquals("0.67", EvalReport.twoPlaces(2.0 / 3));
    assertEquals("0.00", EvalReport.twoPlaces(0));
  }
}
