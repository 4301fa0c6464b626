package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which entities the other version names, by short forms too, on real parses and alignments. */
class EntityCoverageTest {

  private static EntityCoverage coverage(String original, String revised) {
    AlignedPair pair = Pairs.align(original, revised).matched().get(0);
    return EntityCoverage.of(pair);
  }

  private static List<String> texts(List<Mention> mentions) {
    return mentions.stream().map(Mention::text).toList();
  }

  @Test
  void aShortFormNamesItsLongForm() {
    EntityCoverage c =
        coverage(
            "No damage was reported to the U.S. Geological Survey on Monday.",
            "No damage was reported to the United States Geological Survey on Monday.");
    assertEquals(List.of(), texts(c.dropped()));
    assertEquals(List.of(), texts(c.added()));
    assertTrue(c.swaps().isEmpty(), c.toString());
  }

  @Test
  void aShortFormTheOriginalWritesTooDoesNotStandForTheLongOne() {
    EntityCoverage c =
        coverage(
            "No damage was reported to the U.S. Geological Survey (USGS) on Monday.",
            "No damage was reported to (USGS) on Monday.");
    assertEquals(List.of("U.S. Geological Survey"), texts(c.dropped()));
  }

  @Test
  void aDerivedFormTheOtherSideWritesOnceMoreStillNamesTheEntity() {
    EntityCoverage c =
        coverage("Iraq's army fought beside Iraqi militias.", "The Iraqi army fought beside Iraqi militias.");
    assertEquals(List.of(), texts(c.dropped()));
  }

  @Test
  void aDerivedFormThatRendersItsOwnTwinNamesNothingElse() {
    List<EntityCoverage.WordSwap> swaps =
        EntityCoverage.properNounSwaps(
            Pairs.align(
                    "The Tyrannosaurus was the largest predator, so it only feared other Tyrannosaurs.",
                    "The Carol Abraham was the largest predator, so it only feared other Tyrannosaurs.")
                .matched()
                .get(0));
    assertEquals(List.of("Tyrannosaurus"), swaps.stream().map(w -> w.original().text()).toList());
  }
}
