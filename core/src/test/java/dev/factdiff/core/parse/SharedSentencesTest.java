package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences a revision shares with its original are tagged once, and read the same as if parsed alone. */
class SharedSentencesTest {

  private static final String ORIGINAL =
      "The council met on Monday in Leeds. It approved 12 new homes.\n\n\u201cWe are pleased,\u201d the mayor said.";
  private static final String REVISED =
      "The council met on Monday in Leeds. It approved 15 new homes.\n\nThe vote came after two years.\n\n"
          + "\u201cWe are pleased,\u201d the mayor said.";

  @Test
  void aSentenceInBothTextsIsTaggedOnce() {
    List<ParsedText> parsed =
        TestParser.get().parseTogether(List.of(source("original", ORIGINAL), source("revised", REVISED)), TaggedSentences.NONE);
    AnnotatedSentence opening = only(parsed.get(0), "The council met on Monday in Leeds.");
    assertSame(opening, only(parsed.get(1), "The council met on Monday in Leeds."), "at the same place: the same object");
    assertNotSame(only(parsed.get(0), "It approved 12 new homes."), only(parsed.get(1), "It approved 15 new homes."));
  }

  @Test
  void copiedSentencesStandWhereTheRevisionHasThem() {
    ParsedArticleCache cache = new ParsedArticleCache(TestParser.get(), 4);
    ParsedPair pair = cache.parsePair(source("original", ORIGINAL), source("revised", REVISED));
    assertEquals(alone("original", ORIGINAL), pair.original());
    assertEquals(alone("revised", REVISED), pair.revised());
    // the original is cached now: the next revision borrows its tagged sentences, here the quotation, moved
    String again = "The vote was close.\n\n\u201cWe are pleased,\u201d the mayor said.";
    assertEquals(alone("revised", again), cache.parsePair(source("original", ORIGINAL), source("revised", again)).revised());
  }

  private static Article alone(String name, String text) {
    return TestParser.get().parse(source(name, text));
  }

  private static SourceText source(String name, String text) {
    return SourceText.ofPlainText(name, text);
  }

  private static AnnotatedSentence only(ParsedText parsed, String text) {
    List<AnnotatedSentence> found = parsed.sentences().byKey().values().stream()
        .filter(s -> s.span().of(parsed.article().text()).equals(text)).toList();
    assertEquals(1, found.size(), text);
    return found.get(0);
  }
}
