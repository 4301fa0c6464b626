package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations whose words only moved, on real parses and alignments. */
class AlteredQuoteTest {

  private static List<Finding> check(String original, String revised) {
    return Pairs.check(new AlteredQuote(), original, revised);
  }

  @Test
  void theSameWordsInAnotherOrderAreInfo() {
    List<Finding> findings =
        check("The \"bow-up\" mark looks like a V.", "The \"up bow\" mark looks like a V.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.INFO, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("moved, none changed"), findings.get(0).message());
  }

  @Test
  void aWordThatMovedAcrossTheMarkIsNotAdded() {
    List<Finding> findings =
        check("The \"bow-down\" mark looks like a square.", "The \"down bow mark\" looks like a square.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.INFO, findings.get(0).severity());
  }

  @Test
  void aNewWordBesideMovedOnesIsStillAChange() {
    List<Finding> findings =
        check("The \"bow-down\" mark looks like a square.", "The \"down bow sign\" looks like a square.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.ERROR, findings.get(0).severity());
  }
}
