package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Token;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a pair's wording the revision keeps in order: the longest common subsequence of their words over
 * the longer side. A sentence with one word added, dropped or replaced keeps nearly all; a free rewording keeps
 * far less, and a single word missing from it proves little.
 */
final class WordOrder {

  /** At least this share kept in order makes the rest of the sentence a reliable frame for one changed word. */
  static final double CLOSE = 0.8;

  private WordOrder() {}

  static double kept(AlignedPair pair) {
    List<String> a = words(new Side(pair.original()).tokens());
    List<String> b = words(new Side(pair.revised()).tokens());
    int longer = Math.max(a.size(), b.size());
    return longer == 0 ? 1 : (double) commonSubsequence(a, b) / longer;
  }

  static boolean close(AlignedPair pair) {
    return kept(pair) >= CLOSE;
  }

  /** A side this short proves nothing by being kept whole. */
  private static final int FRAME_WORDS = 4;

  /**
   * Whether a fact one side has and the other lacks sits in a reliable frame: the pair is close, or every word of
   * the side lacking it is kept, in order, in the other ("The ferry sailed." against "The ferry, which a yard in
   * the next town had built, sailed."), however long the addition. Kept nearly whole is not enough: a free
   * rendering that also adds a word ("many reasons" / "a great many reasons") keeps most of the shorter side too.
   */
  static boolean frames(AlignedPair pair, boolean missingFromRevised) {
    List<String> a = words(new Side(pair.original()).tokens());
    List<String> b = words(new Side(pair.revised()).tokens());
    int kept = commonSubsequence(a, b);
    int lacking = missingFromRevised ? b.size() : a.size();
    return kept >= CLOSE * Math.max(a.size(), b.size()) || lacking >= FRAME_WORDS && kept == lacking;
  }

  /** The words as compared: "an" is "a" (the article follows the next word's sound, not the meaning). */
  static List<String> words(List<Token> tokens) {
    return tokens.stream()
        .map(t -> Words.bare(t.text()))
        .filter(w -> !w.isEmpty())
        .map(w -> w.equals("an") ? "a" : w)
        .toList();
  }

  /**
   * The length of the longest common subsequence, bit-parallel (Allison and Dix; Hyyrö 2004): one bit for each
   * word of {@code a}, updated a 64-bit word at a time for each word of {@code b}. Memory grows with the lengths,
   * not their product (a table of the product for two 16,000-word sentences took a gigabyte), and time is their
   * product over 64.
   */
  static int commonSubsequence(List<String> a, List<String> b) {
    int n = a.size();
    if (n == 0 || b.isEmpty()) {
      return 0;
    }
    // Where each word stands in a, as an int list per word.
    Map<String, int[]> positions = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String word : a) {
      counts.merge(word, 1, Integer::sum);
    }
    Map<String, Integer> filled = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String word = a.get(i);
      int[] at = positions.computeIfAbsent(word, w -> new int[counts.get(w)]);
      at[filled.merge(word, 1, Integer::sum) - 1] = i;
    }
    int blocks = (n + 63) >>> 6;
    long[] v = new long[blocks];
    Arrays.fill(v, -1L);
    long[] u = new long[blocks];
    for (String word : b) {
      int[] at = positions.get(word);
      if (at == null) {
        continue; // no bit of V in M: V stays as it is
      }
      Arrays.fill(u, 0L);
      for (int i : at) {
        u[i >>> 6] |= v[i >>> 6] & (1L << i);
      }
      // V = (V + U) | (V & ~M), and V & ~M is V ^ U, since U is V & M.
      long carry = 0;
      for (int k = 0; k < blocks; k++) {
        long sum = v[k] + u[k];
        long out = Long.compareUnsigned(sum, v[k]) < 0 ? 1 : 0;
        long total = sum + carry;
        if (carry == 1 && total == 0) {
          out = 1;
        }
        v[k] = total | (v[k] ^ u[k]);
        carry = out;
      }
    }
    int ones = 0;
    for (int k = 0; k < blocks; k++) {
      long bits = v[k];
      int valid = Math.min(64, n - (k << 6));
      if (valid < 64) {
        bits &= (1L << valid) - 1;
      }
      ones += Long.bitCount(bits);
    }
    return n - ones;
  }
}
