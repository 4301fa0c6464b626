package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Quotation.Status;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks of every style, on real parses of short texts. */
class QuotationTest {

  private static List<Quotation> quotes(String text) {
    Article article = TestParser.get().parse("test", text);
    return article.quotations();
  }

  private static List<String> words(String text) {
    return quotes(text).stream().map(Quotation::words).toList();
  }

  @Test
  void straightAndCurlyMarksOfBothFamilies() {
    assertEquals(List.of("We will win", "never"), words("\"We will win\", she said. He replied 'never' twice."));
    assertEquals(List.of("We will win"), words("“We will win,” she said.".replace(",", "")));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(List.of(), words("Syria’s leaders’ meeting didn't end until the ’90s."));
    assertEquals(List.of("peace talks"), words("The leaders’ ‘peace talks’ ended."));
  }

  @Test
  void nestedQuotationsAreBothKept() {
    List<String> words = words("“He told me ‘stay home’ and left,” she said.");
    assertEquals(List.of("He told me ‘stay home’ and left,", "stay home"), words);
  }

  @Test
  void aQuotationCanSpanSentences() {
    List<Quotation> quotes = quotes("“We came. We saw. We won,” the general said.");
    assertEquals(1, quotes.size());
    assertEquals("We came. We saw. We won,", quotes.get(0).words());
    assertEquals(Status.BALANCED, quotes.get(0).status());
    assertEquals("general", quotes.get(0).speaker().map(Quotation.Speaker::name).orElse("general"));
  }

  @Test
  void aQuotationContinuedInTheNextParagraphIsNotUnclosed() {
    List<Quotation> quotes = quotes("“We came here to stay.\n\n“And we will stay,” he said.");
    assertEquals(Status.BALANCED, quotes.get(0).status());
    assertEquals(Status.BALANCED, quotes.get(1).status());
  }

  @Test
  void unbalancedMarksAreRecordedNotDropped() {
    List<Quotation> unclosed = quotes("He called it “a disgrace and left the room.");
    assertEquals(Status.UNCLOSED, unclosed.get(0).status());
    assertTrue(unclosed.get(0).words().startsWith("a disgrace"));
    List<Quotation> unopened = quotes("He called it a disgrace” and left.");
    assertEquals(Status.UNOPENED, unopened.get(0).status());
  }

  @Test
  void anOpeningMarkThatClosesIsMisplaced() {
    List<Quotation> quotes = quotes("They vowed to “defeat the armed groups “.");
    assertEquals(1, quotes.size());
    assertEquals(Status.MISPLACED, quotes.get(0).status());
    assertEquals("defeat the armed groups", quotes.get(0).words());
  }

  @Test
  void speakerAfterTheQuotation() {
    Quotation q = quotes("“The economy is strong,” said Angela Merkel on Monday.").get(0);
    assertEquals("Angela Merkel", q.speaker().orElseThrow().name());
  }

  @Test
  void accordingToNamesTheSource() {
    Quotation q = quotes("The deal is “final”, according to the United Nations.").get(0);
    assertEquals("United Nations", q.speaker().orElseThrow().name());
  }
}
