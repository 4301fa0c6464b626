package dev.factdiff.rules.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repeated-change cases on the synthetic articles: a name respelled in three sentences is one finding whose
 * places are the three edits; two names respelled once each are two findings. (SyntheticEvalTest scores them with
 * the other cases; the scorer counts a finding once whatever its places, so only this test sees the grouping.)
 */
class RepeatedChangeCasesTest {

  @Test
  void oneChangeAtThreePlacesIsOneFindingAndTwoChangesAreTwo() {
    Aligner aligner = new Aligner();
    Checker checker =
        new Checker(TestParser.get(), aligner::align, RuleEngine.of(CaseRunner.rules(), RuleConfiguration.defaults()));
    int repeated = 0;
    int twins = 0;
    List<SyntheticCase> cases =
        SyntheticCases.all().stream().filter(c -> !c.furtherPlaces().isEmpty()).toList();
    for (SyntheticCase c : cases) {
      List<Finding> names =
          checker.check("original", c.original(), "revised", c.revised()).findings().stream()
              .filter(f -> f.category() == Category.NAME_VARIANT)
              .toList();
      List<int[]> edits = new ArrayList<>();
      edits.add(c.revisedSpan().orElseThrow());
      c.furtherPlaces().forEach(p -> edits.add(p.revised().orElseThrow()));
      if (c.oneChange()) {
        repeated++;
        assertEquals(1, names.size(), c.why() + ": " + names);
        assertEquals(RepeatedChangeCases.PLACES, names.get(0).occurrences(), c.why() + ": " + names);
        assertPlacedAt(names.get(0).allPlaces(), edits, c.why());
      } else {
        twins++;
        assertEquals(2, names.size(), c.why() + ": " + names);
        for (int i = 0; i < 2; i++) {
          assertEquals(1, names.get(i).occurrences(), c.why() + ": " + names);
          assertPlacedAt(names.get(i).allPlaces(), List.of(edits.get(i)), c.why());
        }
      }
    }
    assertTrue(repeated >= 2 && twins >= 2, "too few cases: " + repeated + " repeated, " + twins + " twins");
  }

  private static void assertPlacedAt(List<Finding.Place> places, List<int[]> edits, String why) {
    for (int i = 0; i < edits.size(); i++) {
      int[] edit = edits.get(i);
      var revised = places.get(i).revised().orElseThrow().span();
      assertEquals(List.of(edit[0], edit[1]), List.of(revised.start(), revised.end()), why + ", place " + (i + 1));
    }
  }
}
