package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.model.Negation;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation cues on real parses: the words that deny, and the constructions in which they do not. */
class NegationExtractorTest {

  private static List<String> cues(String text) {
    return TestParser.get().parse("test", text).sentences().stream()
        .flatMap(s -> s.claim().negations().stream())
        .map(Negation::cue)
        .toList();
  }

  @Test
  void plainNegationsAreCues() {
    assertEquals(List.of("n't"), cues("The army didn't withdraw from the city."));
    assertEquals(List.of("never", "nothing"), cues("She never said nothing."));
    assertEquals(List.of("not", "nor"), cues("He did not go, nor did his brother."));
    assertEquals(List.of("neither"), cues("Neither the mayor nor the governor came."));
    assertEquals(List.of("nothing"), cues("He ate nothing, but he drank water."));
  }

  @Test
  void aNorThatListsOneMoreThingUnderANegationIsNoNewOne() {
    assertEquals(List.of("n't"), cues("They didn't have corn, nor tomatoes, nor potatoes."));
  }

  @Test
  void correlativesAndOpenQuestionsDenyNothing() {
    assertEquals(List.of(), cues("The foods are not only cheap, but they also keep well."));
    assertEquals(List.of("n't"), cues("I don't know if you realize it or not, but prices rose."));
    assertEquals(List.of(), cues("Whether or not he agrees, the vote will go ahead."));
    assertEquals(List.of("not"), cues("He is not the only candidate."));
  }

  @Test
  void litotesAndExceptivesDenyNothing() {
    assertEquals(List.of(), cues("He retired not long after the race."));
    assertEquals(List.of(), cues("It feared nothing, except other sharks."));
    assertEquals(List.of(), cues("They ate nothing but rice."));
    assertEquals(List.of("not"), cues("The road was not long."));
  }
}
