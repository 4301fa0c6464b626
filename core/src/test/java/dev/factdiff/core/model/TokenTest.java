package dev.factdiff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.testing.TestParser;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The named predicates on tokens say what the tagger's tags mean, on a real parse. */
class TokenTest {

  private static final List<Token> TOKENS =
      TestParser.get()
          .parse(
              "t",
              "Oh, she said their bigger rivals will pay Apple 20 percent more on Monday, "
                  + "and the water had risen.")
          .sentences()
          .get(0)
          .tokens();

  @Test
  void partOfSpeechPredicates() {
    assertEquals(List.of("Oh"), words(Token::isInterjection));
    assertEquals(List.of("she", "their"), words(Token::isPronoun));
    assertEquals(List.of("she"), words(Token::isPersonalPronoun));
    assertEquals(List.of("bigger", "more"), words(Token::isComparative));
    assertEquals(List.of("will"), words(Token::isModal));
    assertEquals(List.of("said", "will", "had"), words(Token::isFiniteVerb));
    assertEquals(List.of("risen"), words(Token::isParticiple));
    assertEquals(List.of("Apple", "Monday"), words(Token::isProperNoun));
  }

  @Test
  void entityPredicates() {
    assertEquals(List.of("20"), words(Token::isNumericEntity));
    assertEquals(List.of("Apple", "20"), words(Token::isTaggedEntity));
  }

  private static List<String> words(Predicate<Token> predicate) {
    return TOKENS.stream().filter(predicate).map(Token::text).toList();
  }
}
