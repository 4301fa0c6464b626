package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How loud a replaced word is depends on what else the sentence changed. */
class ChangedMeaningTest {

  private static final String ORIGINAL = "Police arrested three men near the harbour on Sunday.";

  @Test
  void theOneWordChangedInAKeptSentenceIsAWarning() {
    List<Finding> findings =
        Pairs.check(new ChangedMeaning(), ORIGINAL, "Police questioned three men near the harbour on Sunday.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("'arrested' became 'questioned'"), findings.get(0).message());
  }

  @Test
  void swapsInAReworkedSentenceAreInfo() {
    List<Finding> findings =
        Pairs.check(new ChangedMeaning(), ORIGINAL, "Officers questioned three men close to the port on Sunday.");
    assertFalse(findings.isEmpty(), "the swap is still reported");
    assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.INFO), findings.toString());
  }

  @Test
  void anOppositeKeepsTheOtherSwapsOfItsSentenceLoud() {
    List<Finding> findings =
        Pairs.check(
            new ChangedMeaning(),
            "The new engine is faster than the previous model, with a top speed of 200 km/h.",
            "The new engine is slower than the next model, with a top speed of 200 km/h.");
    assertEquals(2, findings.size(), findings.toString());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(Severity.WARNING, findings.get(1).severity());
    assertTrue(findings.get(1).message().contains("'previous' became 'next'"), findings.get(1).message());
  }

  @Test
  void anOppositeAcrossWordClassesIsNotExcusedByARewording() {
    List<Finding> findings =
        Pairs.check(
            new ChangedMeaning(),
            "The company reported a sharp decline in car sales and cut its forecast for the year.",
            "The company reported a sharp increase in car exports and cut its forecast for the year.");
    assertTrue(
        findings.stream()
            .anyMatch(f -> f.message().contains("'decline' became its opposite") && f.severity() != Severity.INFO),
        findings.toString());
  }

  @Test
  void anArticleThatFollowsTheNextWordsSoundIsNoEdit() {
    List<Finding> findings =
        Pairs.check(
            new ChangedMeaning(),
            "Doctors say the fever is now a rare illness.",
            "Doctors say the fever is now an unknown illness.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void anActUndoneIsAnError() {
    // WordNet has no antonym pointer between "arrest" and "release": "release" is the opposite of "detain",
    // from which "custody" derives, and "arrest" is defined as "take into custody".
    List<Finding> findings =
        Pairs.check(new ChangedMeaning(), ORIGINAL, "Police released three men near the harbour on Sunday.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("its opposite"), findings.get(0).message());
  }

  @Test
  void theSameActInOtherWordsPasses() {
    assertEquals(
        List.of(), Pairs.check(new ChangedMeaning(), ORIGINAL, "Police detained three men near the harbour on Sunday."));
  }
}
