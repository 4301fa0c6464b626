package dev.factdiff.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Claim;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 3: the search for moved sentences compared every dropped sentence with every added one, so two
 * unrelated versions of a long article cost the product of their lengths; past a bound it looks near each one.
 */
class MoveFinderBoundsTest {

  private static Sentence sentence(int index, String word) {
    String text = "The " + word + " rose.";
    List<Token> tokens = List.of(
        new Token(0, new Span(0, 3), "The", "the", "DT", "O"),
        new Token(1, new Span(4, 4 + word.length()), word, word, "NN", "O"),
        new Token(2, new Span(5 + word.length(), 9 + word.length()), "rose", "rise", "VBD", "O"));
    Claim claim = new Claim(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(word, "rise"));
    return new Sentence(index, index, ParagraphKind.BODY, new Span(0, text.length()), text, tokens, claim);
  }

  /** {@code count} sentences dropped and as many added, every one of them alike. */
  private static Map<Integer, Link> moves(int count, long[] bytes) {
    Vocabulary vocabulary = new Vocabulary();
    List<Profile> original = new ArrayList<>();
    List<Profile> revised = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      original.add(Profile.of(sentence(i, "price"), vocabulary));
      revised.add(Profile.of(sentence(i, "price"), vocabulary));
      links.add(new Link(i, 1, i, 0, 0, false));
    }
    for (int i = 0; i < count; i++) {
      links.add(new Link(count, 0, i, 1, 0, false));
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    Map<Integer, Link> moves = MoveFinder.find(links, original, revised);
    bytes[0] = threads.getCurrentThreadAllocatedBytes() - before;
    return moves;
  }

  @Test
  void aFewLeftoversAreAllCompared() {
    long[] bytes = new long[1];
    Map<Integer, Link> moves = moves(100, bytes);
    assertEquals(100, moves.size());
  }

  @Test
  void manyLeftoversAreComparedNearTheirPlaceOnly() {
    long[] bytes = new long[1];
    Map<Integer, Link> moves = moves(4_000, bytes);
    assertEquals(4_000, moves.size());
    // Every pair a candidate: 16 million links, well over a gigabyte; near their places, a sixteenth.
    assertTrue(bytes[0] < 250_000_000L, bytes[0] + " bytes");
  }
}
