package dev.factdiff.rules.compare;

import java.util.ArrayList;
import java.util.List;

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

  static List<Hunk> of(List<QuoteWord> a, List<QuoteWord> b) {
    int n = a.size();
    int m = b.size();
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

  private static void flush(List<Hunk> hunks, List<QuoteWord> removed, List<QuoteWord> added) {
    if (!removed.isEmpty() || !added.isEmpty()) {
      hunks.add(new Hunk(removed, added));
      removed.clear();
      added.clear();
    }
  }
}
