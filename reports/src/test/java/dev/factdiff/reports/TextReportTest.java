package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private final Report report = SampleReports.budget(Gate.failOn(Severity.ERROR));

  @Test
  void groupsFindingsBySeverityErrorsFirst() {
    String text = new TextReport(TextReport.Style.PLAIN).render(report);
    int errors = text.indexOf("\nERRORS (2)\n");
    int warnings = text.indexOf("\nWARNINGS (1)\n");
    int info = text.indexOf("\nINFO (1)\n");
    assertTrue(errors > 0 && errors < warnings && warnings < info, text);
    assertTrue(text.indexOf("CHANGED_NUMBER") < text.indexOf("ALTERED_QUOTE"), "reading order within a group");
  }

  @Test
  void marksTheChangedWordsOnBothSides() {
    String text = new TextReport(TextReport.Style.PLAIN).render(report);
    assertTrue(text.contains("original: \"We will [-not-] raise taxes,\""), text);
    assertTrue(text.contains("revised:  \"We will raise taxes,\""), text);
    assertTrue(text.contains("original: [-90-]\n     revised:  {+19+}"), text);
    assertFalse(text.contains("\u001b["), "no ANSI escapes in plain style");
  }

  @Test
  void saysOnWhichLineOfEachVersionAFindingIs() {
    String text = new TextReport(TextReport.Style.PLAIN).render(report);
    assertTrue(text.contains("NUMBER_MISMATCH [CHANGED_NUMBER] (original line 3, revised line 3)"), text);
    assertTrue(text.contains("CLAIM_MISSING [DROPPED_CLAIM] (original line 7)"), text);
  }

  @Test
  void aRepeatedChangeShowsItsCountAndListsItsFurtherPlaces() {
    String text = new TextReport(TextReport.Style.PLAIN).render(SampleReports.repeatedName());
    assertTrue(text.contains("NAME_VARIANT [NAME_VARIANT] \u00d73 (original line 3, revised line 3)\n"), text);
    assertTrue(text.contains("     also at (original line 5, revised line 5)\n"
        + "     also at (original line 7, revised line 7)\n"), text);
    assertTrue(text.contains("DATE_MISMATCH [CHANGED_DATE] (original line 7, revised line 7)\n"), "made once: no count");
    assertTrue(text.endsWith("1 error, 1 warning, 0 info (2 findings) - blocked (fail on error)\n"), "changes counted");
  }

  @Test
  void colourOnlyInAnsiStyle() {
    String text = new TextReport(TextReport.Style.ANSI).render(report);
    assertTrue(text.contains("\u001b[1;31mnot\u001b[0m"), text);
    assertFalse(text.contains("[-not-]"));
  }

  @Test
  void endsWithTheSummaryLineAndShowsFailedRules() {
    String text = new TextReport(TextReport.Style.PLAIN).render(report);
    List<String> lines = text.lines().toList();
    assertEquals(
        "2 errors, 1 warning, 1 info (4 findings); 1 rule failed - blocked (fail on error)",
        lines.get(lines.size() - 1));
    assertTrue(text.contains("RULES THAT FAILED (1)\n  SOME_RULE: it broke on line 1"), text);
    assertTrue(text.contains("original: The vote was 7 to 2.\n     suggestion") || text.contains("original: The vote was 7 to 2.\n"), text);
    assertFalse(text.contains("revised:  The vote"), "a finding with no place in the revision shows no revised line");
  }

  @Test
  void saysSoWhenThereIsNothingToReport() {
    Report empty =
        new Report(report.tool(), report.original(), report.revised(), report.rows(), List.of(), List.of(),
            Gate.failOn(Severity.ERROR), 2);
    String text = new TextReport(TextReport.Style.PLAIN).render(empty);
    assertTrue(text.contains("No findings."), text);
    assertTrue(text.endsWith("0 errors, 0 warnings, 0 info (0 findings); 2 skipped by the baseline\n"), text);
  }

  @Test
  void isDeterministic() {
    TextReport renderer = new TextReport(TextReport.Style.PLAIN);
    assertEquals(renderer.render(report), renderer.render(SampleReports.budget(Gate.failOn(Severity.ERROR))));
  }
}
