package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Token;
import java.util.List;

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

  static int commonSubsequence(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs[0][0];
  }
}
