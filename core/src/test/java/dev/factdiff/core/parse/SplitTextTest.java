package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences of a long text parsed alone are tagged in two halves at once, and come back whole and in order. */
class SplitTextTest {

  private static String paragraphs(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("Paragraph ").append(i).append(" says that the council met on Monday and voted 7 to 2.\n\n");
    }
    return text.toString();
  }

  @Test
  void splitsWhereTheTwoRunsHoldAboutAsManyTokens() {
    assertEquals(1, CoreNlpAnnotator.splitIndex(new int[] {10, 10}));
    assertEquals(2, CoreNlpAnnotator.splitIndex(new int[] {10, 10, 10, 10}));
    assertEquals(1, CoreNlpAnnotator.splitIndex(new int[] {40, 10, 10, 10}));
    assertEquals(3, CoreNlpAnnotator.splitIndex(new int[] {5, 5, 5, 30}));
  }

  @Test
  void oneSentenceIsNotSplit() {
    assertEquals(-1, CoreNlpAnnotator.splitIndex(new int[] {25}));
    assertEquals(-1, CoreNlpAnnotator.splitIndex(new int[] {}));
  }

  @Test
  void aSplitParseHasTheSentencesOfEachHalfInOrder() {
    String text = paragraphs(40);
    Article article = TestParser.get().parse("test", text);
    List<Sentence> sentences = article.sentences();
    assertEquals(40, sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      assertEquals(text.substring(sentence.span().start(), sentence.span().end()), sentence.text());
      assertEquals("Paragraph " + i + " says that the council met on Monday and voted 7 to 2.", sentence.text());
      assertEquals(List.of("Monday"), sentence.claim().times().stream().map(t -> t.text()).toList());
    }
  }
}
