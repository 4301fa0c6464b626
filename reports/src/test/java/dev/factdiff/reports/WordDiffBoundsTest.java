package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 1: the HTML report diffs whole paragraphs, and Myers' diff of two long unlike paragraphs takes
 * time and memory of their words times their edits; past a bound the changed middle is marked as a whole.
 */
class WordDiffBoundsTest {

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append('w').append(random.nextInt(500)).append(' ');
    }
    return text.toString();
  }

  @Test
  void twoLongUnlikeParagraphsAreMarkedChangedBetweenWhatTheyShare() {
    Random random = new Random(7);
    String shared = "The council met on Monday. ";
    String a = shared + words(random, 40_000) + "The end.";
    String b = shared + words(random, 40_000) + "The end.";
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    WordDiff d = WordDiff.between(a, Span.of(0, a.length()), b, Span.of(0, b.length()));
    long bytes = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(List.of(Span.of(shared.length(), a.length() - "The end.".length() - 1)), d.originalChanges());
    assertEquals(List.of(Span.of(shared.length(), b.length() - "The end.".length() - 1)), d.revisedChanges());
    assertTrue(bytes < 200_000_000L, bytes + " bytes");
  }
}
