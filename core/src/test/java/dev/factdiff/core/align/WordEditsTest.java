package dev.factdiff.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word edits inside linked pairs, on the seed pair and on small parsed texts. */
class WordEditsTest {

  private static final Alignment SEED = new Aligner().align(Seeds.original(), Seeds.revised());

  @Test
  void changedPronounInsideTheQuoteIsASubstitutionWithBothSpans() {
    AlignedPair pair = pairOfOriginal(4);

    List<String> edits = pair.edits().stream().map(WordEditsTest::describe).toList();
    assertEquals(
        List.of(
            "SUBSTITUTION [certain regions] -> [parts]",
            "DELETION [the approval of the] -> []",
            "INSERTION [] -> [approval]",
            "SUBSTITUTION [its] -> [your]"),
        edits);
    WordEdit its = pair.edits().get(3);
    assertEquals("its", Seeds.original().text(its.originalSpan()));
    assertEquals("your", Seeds.revised().text(its.revisedSpan()));
  }

  @Test
  void strayPeriodIsAPunctuationEditApartFromTheChangedWord() {
    AlignedPair pair = pairOfOriginal(5);

    assertTrue(pair.edits().stream().map(WordEditsTest::describe).toList().contains("SUBSTITUTION [relations] -> [relationship]"));
    List<WordEdit> periods = pair.edits().stream().filter(WordEdit::isPunctuationOnly).toList();
    assertEquals(List.of("DELETION [,] -> []", "INSERTION [] -> [.]"), periods.stream().map(WordEditsTest::describe).toList());
    Span period = periods.get(1).revisedSpan();
    assertEquals("relationship.", Seeds.revised().text(Span.of(period.start() - "relationship".length(), period.end())));
    assertTrue(pair.wordEdits().stream().noneMatch(WordEdit::isPunctuationOnly));
  }

  @Test
  void percentSignIsAWordNotPunctuation() {
    AlignedPair heading = pairOfOriginal(9);

    assertEquals(List.of("SUBSTITUTION [percent] -> [%]"), heading.edits().stream().map(WordEditsTest::describe).toList());
    assertFalse(heading.edits().get(0).isPunctuationOnly());
  }

  @Test
  void everyEditSpansItsTokensInsideItsPair() {
    for (AlignedPair pair : SEED.matched()) {
      for (WordEdit edit : pair.edits()) {
        checkSide(edit.originalTokens(), edit.originalSpan(), pair.originalSpan().orElseThrow(), Seeds.original());
        checkSide(edit.revisedTokens(), edit.revisedSpan(), pair.revisedSpan().orElseThrow(), Seeds.revised());
      }
    }
  }

  @Test
  void unmatchedSentencesHaveNoEdits() {
    assertTrue(SEED.dropped().stream().allMatch(p -> p.edits().isEmpty()));
    assertEquals(2, SEED.dropped().size());
  }

  @Test
  void quoteMarkStyleAndCaseAreNotEdits() {
    Alignment alignment =
        align(
            "She called the plan “a disaster” and said it was “not the government’s idea.”",
            "She called the plan \"A disaster\" and said it was ‘not the government's idea.’");

    assertEquals(1, alignment.pairs().size());
    assertEquals(List.of(), alignment.pairs().get(0).edits().stream().map(WordEditsTest::describe).toList());
  }

  @Test
  void insertionAndDeletionStandWhereTheWordsWouldBe() {
    Alignment alignment = align("The army took the city on Monday.", "The army quickly took the city.");

    List<WordEdit> edits = alignment.pairs().get(0).edits();
    assertEquals(List.of("INSERTION [] -> [quickly]", "DELETION [on Monday] -> []"), edits.stream().map(WordEditsTest::describe).toList());
    assertEquals(Span.of(8, 8), edits.get(0).originalSpan());
    assertEquals(Span.of(9, 16), edits.get(0).revisedSpan());
    assertEquals(Span.of(23, 32), edits.get(1).originalSpan());
    assertEquals(Span.of(30, 30), edits.get(1).revisedSpan());
  }

  private static void checkSide(List<Token> tokens, Span span, Span sentences, Article article) {
    assertTrue(sentences.contains(span), span + " outside " + sentences);
    if (tokens.isEmpty()) {
      assertTrue(span.isEmpty(), "an unmatched side must be an empty span: " + span);
    } else {
      assertEquals(tokens.get(0).span().start(), span.start());
      assertEquals(tokens.get(tokens.size() - 1).span().end(), span.end());
      assertTrue(article.text(span).startsWith(tokens.get(0).text()));
    }
  }

  private static AlignedPair pairOfOriginal(int index) {
    return SEED.pairOfOriginal(Seeds.original().sentences().get(index)).orElseThrow();
  }

  private static Alignment align(String original, String revised) {
    Article from = TestParser.get().parse("original.txt", original);
    Article to = TestParser.get().parse("revised.txt", revised);
    return new Aligner().align(from, to);
  }

  private static String describe(WordEdit edit) {
    return edit.type() + " [" + edit.originalWords() + "] -> [" + edit.revisedWords() + "]";
  }
}
