package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name replaced by a pronoun: reported once, at the pronoun, and only when nothing else can be meant. */
class LostReferenceTest {

  private static final String ORIGINAL = "Were the protesters arrested? Angela Merkel met the envoys on Monday.";

  @Test
  void aNameLostToAPronounIsOneFindingNotAlsoAMissingName() {
    String revised = "Were the protesters arrested? She met the envoys on Monday.";
    List<Finding> lost = Pairs.check(new LostReference(), ORIGINAL, revised);
    assertEquals(1, lost.size(), lost.toString());
    assertTrue(lost.get(0).message().contains("the original names 'Angela Merkel'"), lost.get(0).message());
    assertEquals("She", lost.get(0).revised().orElseThrow().text());
    List<Finding> missing = Pairs.check(new MissingClaim(), ORIGINAL, revised);
    assertTrue(
        missing.stream().noneMatch(f -> f.original().orElseThrow().text().contains("Merkel")), missing.toString());
  }

  @Test
  void aPluralPronounAfterOnlySingularNounsIsLost() {
    // "they" cannot be "a man": nothing before it in the revision says who was arrested.
    List<Finding> lost =
        Pairs.check(
            new LostReference(),
            "A man was stopped near the station. Were the protesters arrested?",
            "A man was stopped near the station. Were they arrested?");
    assertEquals(1, lost.size(), lost.toString());
    assertEquals("they", lost.get(0).revised().orElseThrow().text());
  }

  @Test
  void aPronounWithAnAgreeingNounBeforeItIsNotLost() {
    assertEquals(
        List.of(),
        Pairs.check(
            new LostReference(),
            "The minister arrived on Sunday. Angela Merkel met the envoys on Monday.",
            "The minister arrived on Sunday. She met the envoys on Monday."));
  }

  @Test
  void aNameThatReplacedAPronounOfSomeoneElseIsOneFinding() {
    String original = "Angela Merkel met the envoys. Later she thanked the hosts.";
    String revised = "Angela Merkel met the envoys. Later Theresa May thanked the hosts.";
    List<Finding> renamed = Pairs.check(new LostReference(), original, revised);
    assertEquals(1, renamed.size(), renamed.toString());
    assertTrue(renamed.get(0).message().contains("referred back to 'Merkel'"), renamed.get(0).message());
    assertEquals(List.of(), Pairs.check(new AddedClaim(), original, revised));
  }
}
