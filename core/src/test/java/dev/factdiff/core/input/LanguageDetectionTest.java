package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A version in another language is named; English, and text too short to tell, pass. */
class LanguageDetectionTest {

  /** Written for this test: a local news item in French. */
  static final String FRENCH =
      "Le conseil municipal a approuvé lundi soir la construction d'un nouveau pont sur la rivière, pour un coût de"
          + " 4,5 millions d'euros, a annoncé le maire dans un communiqué. Les travaux doivent commencer au printemps"
          + " prochain et durer deux ans, selon les services techniques de la ville, qui prévoient des fermetures"
          + " partielles de la route pendant l'été.";

  /** Written for this test: the same item in German. */
  static final String GERMAN =
      "Der Stadtrat hat am Montagabend den Bau einer neuen Brücke über den Fluss genehmigt, die 4,5 Millionen Euro"
          + " kosten soll, teilte der Bürgermeister mit. Die Arbeiten sollen im nächsten Frühjahr beginnen und zwei"
          + " Jahre dauern; im Sommer wird die Straße zeitweise gesperrt.";

  private static final LanguageDetection detection = LanguageDetection.create();

  @Test
  void anotherLanguageIsNamed() {
    assertEquals(Optional.of("French"), detection.otherThanEnglish(FRENCH));
    assertEquals(Optional.of("German"), detection.otherThanEnglish(GERMAN));
  }

  @Test
  void englishPasses() {
    assertEquals(Optional.empty(), detection.otherThanEnglish(Seeds.text(Seeds.ORIGINAL)));
    assertEquals(Optional.empty(), detection.otherThanEnglish(Seeds.text(Seeds.REVISED)));
    assertTrue(LanguageDetection.closedClassShare(Seeds.text(Seeds.ORIGINAL)) > 0.3);
    assertTrue(LanguageDetection.closedClassShare(FRENCH) < 0.1);
  }

  @Test
  void englishWithFewFunctionWordsIsAskedOfTheDetectorAndPasses() {
    String headlines = "Council approves bridge. Mayor welcomes decision. Residents celebrate. Traffic delays expected."
        + " Contractors chosen. Construction starts spring. Budget approved unanimously. Opposition questions costs."
        + " Engineers inspect riverbank. Environmental report published. Local businesses optimistic.";
    assertTrue(LanguageDetection.closedClassShare(headlines) < 0.2);
    assertEquals(Optional.empty(), detection.otherThanEnglish(headlines));
  }

  @Test
  void textTooShortToTellPasses() {
    assertEquals(Optional.empty(), detection.otherThanEnglish("Le conseil a approuvé le pont."));
  }

  @Test
  void aPairNotBothEnglishIsRefusedInOneLine() {
    SourceText english = SourceText.ofPlainText("en.txt", Seeds.text(Seeds.ORIGINAL));
    SourceText french = SourceText.ofPlainText("fr.txt", FRENCH);
    InputException e = assertThrows(InputException.class, () -> detection.requireEnglish(english, french));
    assertEquals(
        "fr.txt: the revised version reads as French; factdiff compares English versions"
            + " (--assume-english checks it anyway)",
        e.getMessage());
    InputException first = assertThrows(InputException.class, () -> detection.requireEnglish(french, english));
    assertTrue(first.getMessage().startsWith("fr.txt: the original version reads as French"), first.getMessage());
  }
}
