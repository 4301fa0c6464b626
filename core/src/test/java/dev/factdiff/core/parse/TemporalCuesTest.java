package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.core.parse.TemporalCues.Window;
import dev.factdiff.core.testing.TestParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences, and which runs of them, date recognition reads. */
class TemporalCuesTest {

  /** Tokens of whitespace-separated words, each its own lemma. */
  private static List<Token> tokens(String words) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : words.split(" ")) {
      tokens.add(new Token(tokens.size(), new Span(offset, offset + word.length()), word, word, "NN", "O"));
      offset += word.length() + 1;
    }
    return tokens;
  }

  @Test
  void aSentenceNeedsADigitOrATemporalWord() {
    assertTrue(TemporalCues.mayHoldTime(tokens("talks began in 2011")));
    assertTrue(TemporalCues.mayHoldTime(tokens("talks began on Monday")));
    assertFalse(TemporalCues.mayHoldTime(tokens("talks began with two envoys")));
    assertFalse(TemporalCues.mayHoldTime(tokens("the current envoy arrived")));
  }

  @Test
  void windowsKeepContextOnBothSidesAndMerge() {
    // Cue at 10: the window runs from 10 - CONTEXT to 10 + CONTEXT, inclusive.
    List<Token> tokens = tokens("a b c d e f g h i j 2011 k l m n o p q r s t u v w x y z");
    int context = TemporalCues.CONTEXT;
    assertEquals(List.of(new Window(10 - context, 10 + context + 1)), TemporalCues.windows(tokens));
    // Two cues closer than twice the context share one window.
    List<Token> close = tokens("a b c d e f g h i j 2011 k l m n o p q 2015 s t u v w x y z aa bb cc");
    assertEquals(List.of(new Window(10 - context, 18 + context + 1)), TemporalCues.windows(close));
  }

  @Test
  void windowsCoverWordsThatOnlyCompleteATimeExpression() {
    // "current" and "at the time" are vague times to SUTime; number words can be years ("nineteen eighty").
    List<Token> tokens = tokens("the current envoy a b c d e f g h i j k l m n o p q r s t met in 2011");
    List<Window> windows = TemporalCues.windows(tokens);
    assertEquals(2, windows.size());
    assertEquals(0, windows.get(0).from());
    assertEquals(tokens.size(), windows.get(1).to());
  }

  @Test
  void aLongSentenceHasTheSameTimesAsWhenReadWhole() {
    Article article = TestParser.get().parse("test",
        "The current senator, who met the envoys in the capital for several hours of talks on the future of the"
            + " region and its many scattered hill villages and towns, said on Tuesday that talks would go on"
            + " at the time agreed, about the end of next year.");
    List<String> times = article.paragraphs().get(0).sentences().get(0).claim().times().stream()
        .map(t -> t.text() + "=" + t.value()).toList();
    // As SUTime finds them on the whole sentence; "about" is five tokens before "year".
    assertEquals(List.of("current=PRESENT_REF", "several hours=PTXH", "the future=FUTURE_REF", "Tuesday=XXXX-WXX-2",
        "time=PAST_REF", "about the end of next year=THIS P1Y OFFSET P1Y"), times);
  }
}
