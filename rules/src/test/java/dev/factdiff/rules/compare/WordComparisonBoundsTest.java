package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 1: the word-level comparisons of a pair take memory that grows with its sentences' lengths,
 * not their product, and still find a longest common subsequence.
 */
class WordComparisonBoundsTest {

  /** The textbook table, as the reference. */
  private static int reference(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs[0][0];
  }

  private static List<String> words(Random random, int count, int vocabulary) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("w" + random.nextInt(vocabulary));
    }
    return words;
  }

  /** Bytes this thread allocates while {@code work} runs. */
  private static long allocated(Runnable work) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void theCommonSubsequenceIsAsLongAsTheTableSays() {
    Random random = new Random(21);
    for (int round = 0; round < 300; round++) {
      List<String> a = words(random, random.nextInt(150), 1 + random.nextInt(12));
      List<String> b = words(random, random.nextInt(150), 1 + random.nextInt(12));
      assertEquals(reference(a, b), WordOrder.commonSubsequence(a, b), a + " / " + b);
    }
  }

  @Test
  void aSentenceOf16000WordsTakesNoTableOfTheirProduct() {
    Random random = new Random(1);
    List<String> a = words(random, 16_000, 400);
    List<String> b = new ArrayList<>(a);
    for (int i = 7; i < b.size(); i += 40) {
      b.set(i, "changed");
    }
    int[] kept = new int[1];
    long bytes = allocated(() -> kept[0] = WordOrder.commonSubsequence(a, b));
    assertEquals(16_000 - 400, kept[0]);
    // The table took 16,001 x 16,001 ints: a gigabyte.
    assertTrue(bytes < 16_000_000, bytes + " bytes");
  }

  private static List<QuoteWord> quoteWords(List<String> words) {
    List<QuoteWord> quote = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Span span = new Span(i * 10, i * 10 + 5);
      quote.add(new QuoteWord(words.get(i), words.get(i), span, new Token(i, span, words.get(i), words.get(i), "NN", "O")));
    }
    return quote;
  }

  private static int unchanged(List<WordDiff.Hunk> hunks, int size) {
    return size - hunks.stream().mapToInt(h -> h.removed().size()).sum();
  }

  @Test
  void aLongQuotationIsComparedInLinearMemoryAndAsClosely() {
    Random random = new Random(2);
    List<String> a = words(random, 3_000, 300);
    List<String> b = new ArrayList<>(a);
    for (int i = 3; i < b.size(); i += 50) {
      b.set(i, "changed");
    }
    b.add(1_000, "inserted");
    List<QuoteWord> before = quoteWords(a);
    List<QuoteWord> after = quoteWords(b);
    List<List<WordDiff.Hunk>> hunks = new ArrayList<>();
    long bytes = allocated(() -> hunks.add(WordDiff.of(before, after)));
    int common = reference(a, b);
    assertEquals(common, unchanged(hunks.get(0), a.size()));
    assertEquals(common, b.size() - hunks.get(0).stream().mapToInt(h -> h.added().size()).sum());
    // The table took 3,001 x 3,002 ints: 36 MB.
    assertTrue(bytes < 8_000_000, bytes + " bytes");
  }

  @Test
  void hirschbergFindsACommonSubsequenceAsLongAsTheTable() {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      List<String> a = words(random, random.nextInt(80), 1 + random.nextInt(8));
      List<String> b = words(random, random.nextInt(80), 1 + random.nextInt(8));
      int[] ia = a.stream().mapToInt(w -> Integer.parseInt(w.substring(1))).toArray();
      int[] ib = b.stream().mapToInt(w -> Integer.parseInt(w.substring(1))).toArray();
      int[] match = WordDiff.Hirschberg.matches(ia, ib);
      int last = -1;
      int matched = 0;
      for (int i = 0; i < match.length; i++) {
        if (match[i] >= 0) {
          assertTrue(match[i] > last, "matches in order");
          assertEquals(ia[i], ib[match[i]]);
          last = match[i];
          matched++;
        }
      }
      assertEquals(reference(a, b), matched, a + " / " + b);
    }
  }

  @Test
  void smallQuotationsKeepTheirHunks() {
    List<QuoteWord> before = quoteWords(List.of("we", "will", "not", "raise", "taxes"));
    List<QuoteWord> after = quoteWords(List.of("we", "will", "raise", "some", "taxes"));
    List<String> described = WordDiff.of(before, after).stream().map(WordDiff.Hunk::describe).toList();
    assertEquals(List.of("'not' removed", "'some' added"), described);
  }
}
