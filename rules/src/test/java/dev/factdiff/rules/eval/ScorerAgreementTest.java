package dev.factdiff.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.rules.json.FindingView;
import dev.factdiff.rules.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer and {@code score-findings.py} agree figure for figure on findings built to hit every matching
 * rule: accepted categories, severity floors, the width limit and its exemption for whole claims, optional places
 * with and without categories, must_not places with one category or several, must items with {@code any_of}
 * places, findings with further places, info findings, and benign-only cases.
 */
class ScorerAgreementTest {

  private static final String TEXT = "Alpha beta gamma delta epsilon zeta eta theta.";

  @TempDir Path dir;

  @Test
  void javaAndPythonScorersAgree() throws IOException {
    String cases =
        String.join(
            "\n",
            caseLine(
                "a",
                "[{\"id\": \"m1\", \"category\": \"NUMBER_MISMATCH\", \"accept\": [\"NUMBER_MISMATCH\", \"MEANING_CHANGED\"],"
                    + " \"severity\": \"error\", \"original_span\": [17, 22], \"revised_span\": [17, 22], \"why\": \"\"},"
                    + " {\"id\": \"m2\", \"category\": \"PRONOUN_SHIFT\", \"severity\": \"warning\", \"original_span\": null,"
                    + " \"revised_span\": [23, 30], \"why\": \"\"},"
                    + " {\"id\": \"m3\", \"category\": \"CLAIM_MISSING\", \"original_span\": [36, 39], \"revised_span\": null}]",
                "[{\"categories\": [\"CLAIM_ADDED\"], \"original_span\": [0, 5], \"revised_span\": [0, 5]},"
                    + " {\"original_span\": [40, 46], \"revised_span\": null}]",
                "[{\"category\": \"ANY\", \"original_span\": [6, 10], \"revised_span\": [6, 10]},"
                    + " {\"category\": \"NUMBER_MISMATCH\", \"original_span\": [31, 35], \"revised_span\": [31, 35]}]"),
            caseLine("b", "[]", "[]", "[{\"category\": \"ANY\", \"original_span\": [0, 46], \"revised_span\": [0, 46]}]"),
            caseLine("c", "[]", "[]", "[{\"category\": \"ANY\", \"original_span\": [0, 46], \"revised_span\": [0, 46]}]"),
            caseLine(
                "d",
                "[{\"id\": \"m1\", \"category\": \"DATE_MISMATCH\", \"severity\": \"warning\", \"original_span\": [0, 0],"
                    + " \"revised_span\": null}]",
                "[]",
                "[]"),
            caseLine(
                "e",
                "[{\"id\": \"s1\", \"category\": \"MEANING_CHANGED\", \"accept\": [\"MEANING_CHANGED\", \"ENTITY_CHANGED\"],"
                    + " \"any_of\": [{\"original_span\": [0, 5], \"revised_span\": [0, 5]},"
                    + " {\"original_span\": null, \"revised_span\": [36, 39]}]},"
                    + " {\"id\": \"s2\", \"category\": \"NUMBER_MISMATCH\", \"any_of\": [{\"revised_span\": [6, 10]},"
                    + " {\"revised\": \"theta\"}]},"
                    + " {\"id\": \"s3\", \"category\": \"DATE_MISMATCH\", \"any_of\": [{\"revised_span\": [11, 16]},"
                    + " {\"revised\": \"not in the text\"}]}]",
                "[]",
                "[{\"categories\": [\"NAME_VARIANT\", \"QUOTE_ALTERED\"], \"original_span\": [17, 30], \"revised_span\": null}]"),
            caseLine(
                "f",
                "[]",
                "[]",
                "[{\"categories\": [\"CLAIM_ADDED\"], \"original_span\": [0, 46], \"revised_span\": [0, 46]}]"));
    Path casesFile = dir.resolve("cases.jsonl");
    Files.writeString(casesFile, cases + "\n", StandardCharsets.UTF_8);
    List<CaseFindings> findings =
        List.of(
            new CaseFindings(
                "a",
                List.of(
                    finding("MEANING_CHANGED", "warning", null, place(17, 22)), // accepted, below the floor: excused
                    finding("NUMBER_MISMATCH", "error", place(18, 20), null), // the hit
                    finding("PRONOUN_SHIFT", "warning", null, place(25, 26)), // hit on the revised side
                    finding("CLAIM_MISSING", "warning", place(0, 900), null), // wide, but a whole claim: hit
                    finding("MEANING_CHANGED", "error", place(0, 900), null), // wide: proves nothing, an alarm
                    finding("CLAIM_ADDED", "warning", null, place(0, 3)), // excused by the optional place's category
                    finding("QUOTE_ALTERED", "warning", null, place(0, 3)), // not one of its categories: an alarm
                    finding("DATE_MISMATCH", "info", place(6, 10), null), // info: not counted
                    finding("NAME_VARIANT", "warning", place(6, 10), null), // in a must_not ANY place: an alarm
                    finding("NUMBER_MISMATCH", "warning", place(31, 35), null), // must_not of its category: an alarm
                    finding("NEGATION_FLIP", "warning", place(41, 41), null))), // empty span, optional: excused
            new CaseFindings("b", List.of()),
            new CaseFindings("c", List.of(finding("CLAIM_ADDED", "warning", null, place(3, 8)))),
            new CaseFindings("d", List.of(finding("DATE_MISMATCH", "warning", place(0, 1), null))),
            new CaseFindings(
                "e",
                List.of(
                    // Matches s1 through its second any_of place, found at the finding's further place.
                    finding("ENTITY_CHANGED", "warning", place(20, 22), null, places(null, place(37, 38))),
                    // Matches s2 at its second place, located by excerpt.
                    finding("NUMBER_MISMATCH", "error", null, place(41, 46)),
                    // Excused by s3's first place, but its second place is in a must_not place of its categories.
                    finding("NAME_VARIANT", "warning", null, place(12, 13), places(place(25, 27), null)),
                    // In the must_not place, not one of its categories: excused by the must item s1 nearby.
                    finding("MEANING_CHANGED", "warning", place(1, 3), null))),
            new CaseFindings(
                "f",
                List.of(
                    finding("CLAIM_ADDED", "warning", null, place(3, 8)), // one of the must_not categories
                    finding("CLAIM_MISSING", "info", place(3, 8), null)))); // info: not counted
    Path findingsFile = dir.resolve("findings.jsonl");
    FindingsFile.write(findingsFile, findings);

    Map<String, List<FindingView>> byId = new java.util.HashMap<>();
    findings.forEach(f -> byId.put(f.id(), f.findings()));
    List<CaseScore> scores =
        EvalCases.load(casesFile).stream().map(c -> Scorer.score(c, byId.get(c.id()))).toList();
    EvalReport report = new EvalReport(scores);

    List<String> python = SharedFiles.score("--cases", casesFile.toString(), "--findings", findingsFile.toString());
    assertEquals(python.get(python.size() - 1), report.summaryLine());
    assertEquals(
        "recall 6/7 = 0.86; false alarms 8 over 6 cases (1.33 per case); benign-only pairs with a false alarm 2/3",
        report.summaryLine());
    assertEquals(
        List.of(
            "CLAIM_MISSING: " + TEXT,
            "MEANING_CHANGED: " + TEXT,
            "QUOTE_ALTERED: Alp",
            "NAME_VARIANT: beta",
            "NUMBER_MISMATCH: zeta"),
        scores.get(0).falseAlarms());
    // The scorer prints each case with a miss or an alarm as "id: missed [...] false alarms [...]".
    List<String> javaCaseLines =
        scores.stream()
            .filter(c -> !c.misses().isEmpty() || !c.falseAlarms().isEmpty())
            .map(c -> c.caseId() + ": missed " + pythonList(c.misses()) + " false alarms " + pythonList(c.falseAlarms()))
            .toList();
    List<String> pythonCaseLines = python.stream().filter(l -> l.contains(": missed [")).toList();
    assertEquals(pythonCaseLines, javaCaseLines);
  }

  private static String pythonList(List<String> items) {
    return items.stream().map(s -> "'" + s + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static String caseLine(String id, String must, String optional, String mustNot) {
    return "{\"id\": \"" + id + "\", \"source\": \"synthetic\", \"original\": \"" + TEXT + "\", \"revised\": \"" + TEXT
        + "\", \"must\": " + must + ", \"optional\": " + optional + ", \"must_not\": " + mustNot + "}";
  }

  private static FindingView.Place place(int start, int end) {
    return new FindingView.Place(start, end, TEXT.substring(Math.min(start, TEXT.length()), Math.min(end, TEXT.length())));
  }

  private static FindingView finding(
      String category,
      String severity,
      FindingView.Place original,
      FindingView.Place revised,
      FindingView.Places... further) {
    return new FindingView("TEST", category, severity, "message", original, revised, Map.of(), null, List.of(further));
  }

  private static FindingView.Places places(FindingView.Place original, FindingView.Place revised) {
    return new FindingView.Places(original, revised);
  }
}
