package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour beyond the rules' own examples, on real parses and alignments. */
class RuleBehaviourTest {

  @Test
  void quoteSeverityGrowsWithTheEdit() {
    List<Finding> tense =
        Pairs.check(
            new AlteredQuote(),
            "\u201cThe rebels suffered heavy losses,\u201d the general said.",
            "\u201cThe rebels have suffered heavy losses,\u201d the general said.");
    assertEquals(1, tense.size(), tense.toString());
    assertEquals(Severity.WARNING, tense.get(0).severity());
    List<Finding> pronoun =
        Pairs.check(
            new AlteredQuote(),
            "\u201cThey stayed without its permission,\u201d the minister said.",
            "\u201cThey stayed without your permission,\u201d the minister said.");
    assertEquals(1, pronoun.size(), pronoun.toString());
    assertEquals(Severity.ERROR, pronoun.get(0).severity());
    assertTrue(pronoun.get(0).message().contains("'its' became 'your'"), pronoun.get(0).message());
  }

  @Test
  void styleListSuggestsThePreferredSpelling() {
    List<Finding> findings =
        new NameVariant()
            .check(
                Pairs.align("President Zelensky spoke to reporters.", "President Zelenskyy spoke to reporters."),
                Pairs.context(Map.of("Zelensky", "Zelenskyy")));
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("Write 'Zelenskyy' throughout.", findings.get(0).suggestion().orElseThrow());
  }

  @Test
  void aDroppedHeadlineIsMissing() {
    List<Finding> findings =
        Pairs.check(
            new MissingClaim(),
            "Floods close the northern railway\n\nThe railway was closed on Monday after heavy rain.",
            "The railway was closed on Monday after heavy rain.");
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().startsWith("The headline"), findings.get(0).message());
  }

  @Test
  void hedgedNumbersAreTheSame() {
    assertTrue(
        Pairs.check(new ChangedNumber(), "Some four million people live there.", "Around 4,000,000 people live there.")
            .isEmpty());
  }

  @Test
  void wordsAddedTogetherAreOneFinding() {
    List<Finding> findings =
        Pairs.check(
            new AddedClaim(),
            "The storm hit the town on Friday and flooded the main road.",
            "The violent tropical storm hit the town on Friday and flooded the main road.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("The revision of this sentence adds 'violent tropical'.", findings.get(0).message());
  }

  @Test
  void aChangedSeasonIsAnError() {
    List<Finding> findings =
        Pairs.check(
            new ChangedDate(),
            "The club plans to sign two defenders in the summer window.",
            "The club plans to sign two defenders in the winter window.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.ERROR, findings.get(0).severity());
  }

  @Test
  void aLongAdditionToASentenceKeptWholeIsAWarning() {
    // The clause adds more than a quarter of the sentence, so the pair is not "close"; the original is kept whole.
    String original = "The old bakery on the corner closed its doors last week.";
    String revised = "The old bakery on the corner, which the owner's grandfather had built, closed its doors last week.";
    List<Finding> added = Pairs.check(new AddedClaim(), original, revised);
    assertEquals(1, added.size(), added.toString());
    assertEquals(Severity.WARNING, added.get(0).severity());
    assertEquals("The revision of this sentence adds 'owner's grandfather'.", added.get(0).message());
    List<Finding> missing = Pairs.check(new MissingClaim(), revised, original);
    assertEquals(1, missing.size(), missing.toString());
    assertEquals(Severity.WARNING, missing.get(0).severity());
  }

  @Test
  void aNumberInAnAddedClauseIsAWarning() {
    List<Finding> findings =
        Pairs.check(
            new ChangedNumber(),
            "The council approved the new swimming pool.",
            "The council approved the new swimming pool, which will cost $4 million to build.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void aFreeRenderingThatAlsoAddsAWordStaysQuiet() {
    // Most of the shorter side is kept, but not all of it: a rendering, not an addition to a kept sentence.
    List<Finding> findings =
        Pairs.check(
            new AddedClaim(),
            "The old shop was closed for a range of reasons, including the rent and the new bypass.",
            "The old shop was closed for a wide range of reasons, which went from the rent to the new bypass.");
    assertTrue(findings.stream().noneMatch(f -> f.severity() != Severity.INFO), findings.toString());
  }

  @Test
  void aNameTheRecognizerMissedIsStillReportedWhenDropped() {
    // "Harvest Moon" is a proper noun that the entity recognizer does not take for a person, place or organization.
    String original = "The Harvest Moon festival draws crowds to the old harbour every year.";
    String revised = "The festival draws crowds to the old harbour every year.";
    List<Finding> missing = Pairs.check(new MissingClaim(), original, revised);
    assertEquals(1, missing.size(), missing.toString());
    assertEquals("The revision of this sentence leaves out 'Harvest Moon'.", missing.get(0).message());
    List<Finding> added = Pairs.check(new AddedClaim(), revised, original);
    assertEquals(1, added.size(), added.toString());
    assertEquals(Severity.WARNING, added.get(0).severity());
  }

  @Test
  void aNameReplacedByANameIsAnEntityChangeNotALostWord() {
    List<Finding> missing =
        Pairs.check(
            new MissingClaim(),
            "The Harvest Moon festival draws crowds to the old harbour every year.",
            "The Google festival draws crowds to the old harbour every year.");
    assertTrue(missing.isEmpty(), missing.toString());
  }

  @Test
  void aSentenceThatNowOpensWithItsVerbHasLostItsSubject() {
    List<Finding> demonstrative =
        Pairs.check(
            new MissingClaim(),
            "This is rare in the small towns of the north.",
            "Is rare in the small towns of the north.");
    assertEquals(1, demonstrative.size(), demonstrative.toString());
    assertEquals("The revision of this sentence drops its subject 'This'.", demonstrative.get(0).message());
    List<Finding> quantifier =
        Pairs.check(
            new MissingClaim(),
            "Most of the shops in the old town close early on Sundays.",
            "Of the shops in the old town close early on Sundays.");
    assertEquals(1, quantifier.size(), quantifier.toString());
    assertEquals("The revision of this sentence drops its subject 'Most'.", quantifier.get(0).message());
  }

  @Test
  void aPlaceNamedLikeAVerbIsStillAName() {
    // The tagger takes "Barking" after a verb for a gerund; capitalized after a lower-case word, it is a name.
    List<Finding> findings =
        Pairs.check(
            new ChangedEntity(),
            "A late header gave Worthing a share of the points on a wet afternoon.",
            "A late header gave Barking a share of the points on a wet afternoon.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("The original names 'Worthing' where the revision names 'Barking'.", findings.get(0).message());
  }

  @Test
  void aHedgingModalAddedToAKeptSentenceIsAWarning() {
    List<Finding> findings =
        Pairs.check(
            new ChangedMeaning(),
            "The injured climber is stranded on the north ridge.",
            "The injured climber may be stranded on the north ridge.");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(
        "The revision adds 'may': it gives as a possibility what the original states as plain fact.",
        findings.get(0).message());
  }

  @Test
  void aShuffledSentenceIsScrambledNotAStringOfReplacedWords() {
    // The word diff pairs shuffled words by position ("stayed" against "left" here): the scramble is the finding.
    String original = "Most families stayed at home and saved money on trips this year.";
    String revised = "Home families left at most and trips money on saved this year.";
    assertTrue(Pairs.check(new ChangedMeaning(), original, revised).isEmpty());
    assertEquals(1, Pairs.check(new ScrambledWords(), original, revised).size());
  }
}
