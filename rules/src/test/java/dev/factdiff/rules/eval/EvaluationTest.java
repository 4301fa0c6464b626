package dev.factdiff.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.rules.testing.SharedFiles;
import dev.factdiff.rules.testing.TestCheckers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation on real parses: the seed pair and samples of the shared cases, checked against the scorer. */
class EvaluationTest {

  @TempDir Path dir;

  @Test
  void seedPairFiguresMatchTheIndependentScorer() throws IOException {
    Path caseDir = Files.createDirectories(dir.resolve("seed"));
    for (String name : List.of(Seeds.ORIGINAL, Seeds.REVISED, "expected-findings.json")) {
      Files.copy(Seeds.dir().resolve(name), caseDir.resolve(name));
    }
    Path out = dir.resolve("findings.jsonl");
    EvalOutcome outcome =
        new Evaluation(TestCheckers.standard()).runFiles(List.of(caseDir.resolve("expected-findings.json")), settings(out));

    Map<String, int[]> byCategory = outcome.report().byCategory();
    assertEquals(List.of(6, 6), List.of(byCategory.get("BROKEN_SENTENCE")[0], byCategory.get("BROKEN_SENTENCE")[1]));
    assertEquals(List.of(2, 2), List.of(byCategory.get("MALFORMED_TEXT")[0], byCategory.get("MALFORMED_TEXT")[1]));
    assertTrue(outcome.failures().isEmpty(), outcome.failures().toString());

    // The scorer reads a case folder's findings.json: the findings of our one line.
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(1, lines.size());
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertEquals("seed", line.get("id").asText());
    Files.writeString(
        caseDir.resolve("findings.json"), "{\"findings\": " + line.get("findings") + "}", StandardCharsets.UTF_8);
    List<String> python = SharedFiles.score(caseDir.toString());
    assertEquals(python.get(python.size() - 1), outcome.report().summaryLine());
  }

  @Test
  void sharedCaseFiguresMatchTheIndependentScorer() {
    // Whole documents are slow to parse: a few of them show the scorer reads their items as ours does.
    Map<String, Integer> sample =
        new java.util.LinkedHashMap<>(
            Map.of("bump-task2.jsonl", 25, "summedits-evaluation.jsonl", 25, "demetr-flores.jsonl", 25, "mqm2021.jsonl", 3));
    for (Map.Entry<String, Integer> entry : sample.entrySet()) {
      String file = entry.getKey();
      Path out = dir.resolve(file + ".findings");
      Path cases = SharedFiles.eval(file);
      EvalSettings settings =
          new EvalSettings(Set.of(), OptionalInt.of(entry.getValue()), Optional.of(out), Thresholds.NONE, 2);
      EvalOutcome outcome = new Evaluation(TestCheckers.standard()).runFiles(List.of(cases), settings);
      assertEquals(entry.getValue(), outcome.report().cases().size());
      // Cases beyond the limit have no findings line; the scorer leaves them out and says so in a line of its own.
      List<String> python = SharedFiles.score("--quiet", "--cases", cases.toString(), "--findings", out.toString());
      assertEquals(python.get(python.size() - 1), outcome.report().summaryLine(), file);
    }
  }

  @Test
  void exitStatusSaysWhetherTheThresholdsAreMet() {
    List<Path> seed = List.of(Seeds.dir());
    Thresholds textCategoriesComplete =
        new Thresholds(OptionalDouble.empty(), OptionalDouble.of(0.0), Map.of("BROKEN_SENTENCE", 1.0, "MALFORMED_TEXT", 1.0));
    EvalOutcome met =
        new Evaluation(TestCheckers.standard())
            .runFiles(seed, new EvalSettings(Set.of(), OptionalInt.empty(), Optional.empty(), textCategoriesComplete, 1));
    assertEquals(List.of(), met.violations());
    assertEquals(EvalOutcome.PASSED, met.exitStatus());

    Thresholds unreachable = new Thresholds(OptionalDouble.of(1.01), OptionalDouble.empty(), Map.of());
    EvalOutcome missed =
        new Evaluation(TestCheckers.standard())
            .runFiles(seed, new EvalSettings(Set.of(), OptionalInt.empty(), Optional.empty(), unreachable, 1));
    assertEquals(EvalOutcome.BELOW_THRESHOLD, missed.exitStatus());
    assertEquals(1, missed.violations().size());
    assertTrue(missed.violations().get(0).endsWith(" is below 1.01"), missed.violations().toString());
  }

  @Test
  void sourceFilterAndLimitSelectCases() {
    EvalSettings settings =
        new EvalSettings(Set.of("summedits"), OptionalInt.of(3), Optional.empty(), Thresholds.NONE, 1);
    List<EvalCase> cases =
        Evaluation.cases(List.of(SharedFiles.eval("bump-task2.jsonl"), SharedFiles.eval("summedits-evaluation.jsonl")), settings);
    assertEquals(3, cases.size());
    assertTrue(cases.stream().allMatch(c -> c.source().equals("summedits")), cases.toString());
  }

  @Test
  void expectedFindingsPlacesAreLocatedByExcerpt() {
    EvalCase seed = EvalCases.load(Seeds.dir()).get(0);
    ExpectedItem deraa = seed.must().stream().filter(m -> m.id().equals("name-deraa")).findFirst().orElseThrow();
    Place original = deraa.original().orElseThrow();
    assertEquals("city of Deraa", seed.original().substring(original.start(), original.end()));
    ExpectedItem broken = seed.must().stream().filter(m -> m.id().equals("broken-five-million")).findFirst().orElseThrow();
    assertTrue(broken.revised().isEmpty());
    assertEquals(Set.of("BROKEN_SENTENCE"), broken.accept());
  }

  private static EvalSettings settings(Path out) {
    return new EvalSettings(Set.of(), OptionalInt.empty(), Optional.of(out), Thresholds.NONE, 1);
  }
}
