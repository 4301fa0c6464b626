package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import org.junit.jupiter.api.Test;

class ParsedArticleCacheTest {

  @Test
  void theSameContentIsParsedOnceWhateverItsName() {
    ParsedArticleCache cache = new ParsedArticleCache(TestParser.get(), 4);
    SourceText first = SourceText.ofPlainText("a.txt", "The council approved 12 new homes on Monday.");
    Article a = cache.parse(first);
    Article b = cache.parse(SourceText.ofPlainText("b.txt", first.text()));
    assertEquals(1, cache.misses());
    assertEquals(1, cache.hits());
    assertEquals("b.txt", b.name());
    assertSame(a.paragraphs(), b.paragraphs());
  }

  @Test
  void aPairKeepsItsOrder() {
    ParsedArticleCache cache = new ParsedArticleCache(TestParser.get(), 4);
    ParsedPair pair =
        cache.parsePair(
            SourceText.ofPlainText("original", "Sales rose 5% in March."),
            SourceText.ofPlainText("revised", "Sales rose 7% in April."));
    assertEquals("original", pair.original().name());
    assertEquals("Sales rose 7% in April.", pair.revised().sentences().get(0).text());
  }

  @Test
  void theCacheIsBounded() {
    ParsedArticleCache cache = new ParsedArticleCache(TestParser.get(), 1);
    cache.parse(SourceText.ofPlainText("a", "One sentence here."));
    cache.parse(SourceText.ofPlainText("b", "Another sentence here."));
    cache.parse(SourceText.ofPlainText("a", "One sentence here."));
    assertEquals(3, cache.misses());
  }
}
