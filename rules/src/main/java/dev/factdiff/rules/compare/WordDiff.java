package dev.factdiff.rules.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The changed stretches between two word lists, by longest common subsequence. */
final class WordDiff {

  /** One changed stretch: words only in the original, words only in the revision (either may be empty). */
  record Hunk(List<QuoteWord> removed, List<QuoteWord> added) {

    Hunk {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
    }

    String describe() {
      String before = String.join(" ", removed.stream().map(QuoteWord::word).toList());
      String after = String.join(" ", added.stream().map(QuoteWord::word).toList());
      if (removed.isEmpty()) {
        return "'" + after + "' added";
      }
      if (added.isEmpty()) {
        return "'" + before + "' removed";
      }
      return "'" + before + "' became '" + after + "'";
    }
  }

  private WordDiff() {}

  /**
   * Beyond this many cells (16 MB) the table of common-subsequence lengths is not built: Hirschberg's method
   * finds a common subsequence as long in linear memory. Quotations of articles stay far below it.
   */
  static final long MAX_TABLE_CELLS = 4_000_000;

  static List<Hunk> of(List<QuoteWord> a, List<QuoteWord> b) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
      return hunks(a, b, Hirschberg.matches(ids(a, b, true), ids(a, b, false)));
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).word().equals(b.get(j).word())
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Hunk> hunks = new ArrayList<>();
    List<QuoteWord> removed = new ArrayList<>();
    List<QuoteWord> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).word().equals(b.get(j).word())) {
        flush(hunks, removed, added);
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.add(b.get(j++));
      } else {
        removed.add(a.get(i++));
      }
    }
    flush(hunks, removed, added);
    return hunks;
  }

  /** The words of one side as numbers, equal where the words are. */
  private static int[] ids(List<QuoteWord> a, List<QuoteWord> b, boolean first) {
    Map<String, Integer> numbers = new HashMap<>();
    for (QuoteWord w : a) {
      numbers.putIfAbsent(w.word(), numbers.size());
    }
    for (QuoteWord w : b) {
      numbers.putIfAbsent(w.word(), numbers.size());
    }
    return (first ? a : b).stream().mapToInt(w -> numbers.get(w.word())).toArray();
  }

  /** The hunks between matched positions ({@code match[i]}: the word of b that word i of a is, or -1). */
  private static List<Hunk> hunks(List<QuoteWord> a, List<QuoteWord> b, int[] match) {
    List<Hunk> hunks = new ArrayList<>();
    List<QuoteWord> removed = new ArrayList<>();
    List<QuoteWord> added = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < a.size(); i++) {
      if (match[i] < 0) {
        removed.add(a.get(i));
        continue;
      }
      while (j < match[i]) {
        added.add(b.get(j++));
      }
      flush(hunks, removed, added);
      j++;
    }
    while (j < b.size()) {
      added.add(b.get(j++));
    }
    flush(hunks, removed, added);
    return hunks;
  }

  /** Hirschberg's linear-space longest common subsequence. */
  static final class Hirschberg {
    private final int[] a;
    private final int[] b;
    private final int[] match;
    private final int[] forward;
    private final int[] backward;

    private Hirschberg(int[] a, int[] b) {
      this.a = a;
      this.b = b;
      this.match = new int[a.length];
      Arrays.fill(match, -1);
      this.forward = new int[b.length + 1];
      this.backward = new int[b.length + 1];
    }

    /** For each position of {@code a}, the position of {@code b} it is matched with in a longest common one, or -1. */
    static int[] matches(int[] a, int[] b) {
      Hirschberg h = new Hirschberg(a, b);
      h.solve(0, a.length, 0, b.length);
      return h.match;
    }

    private void solve(int aLo, int aHi, int bLo, int bHi) {
      while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
        match[aLo++] = bLo++;
      }
      while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
        match[--aHi] = --bHi;
      }
      if (aLo >= aHi || bLo >= bHi) {
        return;
      }
      if (aHi - aLo == 1) {
        for (int j = bLo; j < bHi; j++) {
          if (b[j] == a[aLo]) {
            match[aLo] = j;
            return;
          }
        }
        return;
      }
      int mid = (aLo + aHi) >>> 1;
      int width = bHi - bLo;
      // forward[k]: LCS of a[aLo, mid) and b[bLo, bLo + k); backward[k]: of a[mid, aHi) and b[bHi - k, bHi).
      Arrays.fill(forward, 0, width + 1, 0);
      for (int i = aLo; i < mid; i++) {
        int diagonal = 0;
        for (int k = 1; k <= width; k++) {
          int above = forward[k];
          forward[k] = a[i] == b[bLo + k - 1] ? diagonal + 1 : Math.max(above, forward[k - 1]);
          diagonal = above;
        }
      }
      Arrays.fill(backward, 0, width + 1, 0);
      for (int i = aHi - 1; i >= mid; i--) {
        int diagonal = 0;
        for (int k = 1; k <= width; k++) {
          int above = backward[k];
          backward[k] = a[i] == b[bHi - k] ? diagonal + 1 : Math.max(above, backward[k - 1]);
          diagonal = above;
        }
      }
      int best = -1;
      int split = 0;
      for (int k = 0; k <= width; k++) {
        int total = forward[k] + backward[width - k];
        if (total > best) {
          best = total;
          split = k;
        }
      }
      solve(aLo, mid, bLo, bLo + split);
      solve(mid, aHi, bLo + split, bHi);
    }
  }

  private static void flush(List<Hunk> hunks, List<QuoteWord> removed, List<QuoteWord> added) {
    if (!removed.isEmpty() || !added.isEmpty()) {
      hunks.add(new Hunk(removed, added));
      removed.clear();
      added.clear();
    }
  }
}
