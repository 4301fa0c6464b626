package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.input.InputException;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.limits.DeadlineExceededException;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Token;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 21, defects 1 and 2: hostile text is parsed in bounded time, within limits that name themselves. */
class ParseLimitsTest {

  @Test
  void articleTextIsHandedToTheTokenizerAsItIs() {
    String seed = Seeds.text(Seeds.ORIGINAL);
    assertSame(seed, TokenizerInput.of(seed));
  }

  @Test
  void aLongRunKeepsItsLengthAndBecomesWords() {
    String text = "Before. " + "&amp;".repeat(100) + " after.";
    String copy = TokenizerInput.of(text);
    assertEquals(text.length(), copy.length());
    assertEquals("Before. ", copy.substring(0, 8));
    assertTrue(copy.substring(8, 508).matches("[_a-z ]+"), copy);
    assertTrue(copy.endsWith(" after."));
  }

  /**
   * A run of ampersands (quadratic in CoreNLP's tokenizer: one token for each, each read to the end of the run)
   * is read as a few long words, and every token's text is still the article's own.
   */
  @Test
  void aRunOfAmpersandsIsReadAsAFewWordsWithExactOffsets() {
    String text = "The council met. " + "&".repeat(3_000) + " The mayor said 90 posts were approved.";
    Article article = TestParser.get().parse("amp.txt", text);
    int tokens = 0;
    for (Sentence sentence : article.sentences()) {
      assertEquals(text.substring(sentence.span().start(), sentence.span().end()), sentence.text());
      for (Token token : sentence.tokens()) {
        assertEquals(text.substring(token.span().start(), token.span().end()), token.text());
        tokens++;
      }
    }
    assertTrue(tokens < 100, tokens + " tokens");
    assertTrue(article.sentences().get(article.sentences().size() - 1).text().contains("90 posts"));
  }

  @Test
  void aSentenceLongerThanTheLimitIsRefusedByName() {
    SourceText source = SourceText.ofPlainText("long.txt", "A short one. " + "word ".repeat(100) + "end.");
    InputException e = assertThrows(InputException.class,
        () -> TestParser.get().parse(source, Limits.DEFAULT.withMaxSentenceChars(200), Deadline.none()));
    assertTrue(e.getMessage().startsWith("long.txt: a sentence of 504 characters"), e.getMessage());
    assertTrue(e.getMessage().contains("the limit is 200 (--max-sentence-chars)"), e.getMessage());
  }

  @Test
  void aParsePastItsDeadlineStops() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofMillis(1));
    Thread.sleep(5);
    SourceText source = SourceText.ofPlainText("seed.txt", Seeds.text(Seeds.ORIGINAL));
    DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
        () -> TestParser.get().parse(source, Limits.DEFAULT, deadline));
    assertTrue(e.getMessage().contains("deadline of 1 ms"), e.getMessage());
  }
}
