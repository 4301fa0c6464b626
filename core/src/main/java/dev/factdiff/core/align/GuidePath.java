package dev.factdiff.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the alignment path should run, so that the dynamic programming only explores a band of fixed width
 * around it, whatever the length of the articles and wherever whole passages were added or dropped. Sentence
 * pairs that are clearly each other's best match (found through an index of the rarer lemmas, so in linear
 * time) become anchors; the longest chain of anchors in order on both sides, joined by straight lines from
 * the first cell to the last, is the guide.
 */
final class GuidePath {

  /** A lemma found in more original sentences than this says little about where a sentence belongs. */
  private static final int MAX_POSTINGS = 16;

  private static final double MIN_ANCHOR_SIMILARITY = 0.5;
  private static final double MIN_ANCHOR_MARGIN = 0.1;

  private GuidePath() {}

  /**
   * For every row {@code i} of the table (0..n, original sentences consumed), the column (revised sentences
   * consumed) where the path is expected; non-decreasing, from 0 to m.
   */
  static int[] centers(List<Profile> original, List<Profile> revised) {
    int n = original.size();
    int m = revised.size();
    if (n == 0) {
      return new int[] {m};
    }
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {0, 0});
    for (int[] anchor : longestChain(anchors(original, revised))) {
      int[] cell = {anchor[0] + 1, anchor[1] + 1};
      int[] last = points.get(points.size() - 1);
      if (cell[0] > last[0] && cell[1] > last[1]) {
        points.add(cell);
      }
    }
    int[] last = points.get(points.size() - 1);
    if (last[0] == n) {
      points.set(points.size() - 1, new int[] {n, m});
    } else {
      points.add(new int[] {n, m});
    }
    int[] centers = new int[n + 1];
    int segment = 0;
    for (int i = 0; i <= n; i++) {
      while (segment + 1 < points.size() - 1 && points.get(segment + 1)[0] <= i) {
        segment++;
      }
      int[] from = points.get(segment);
      int[] to = points.get(segment + 1);
      centers[i] =
          to[0] == from[0] ? from[1] : from[1] + (int) ((long) (to[1] - from[1]) * (i - from[0]) / (to[0] - from[0]));
    }
    return centers;
  }

  /** Pairs {original, revised} of sentences that are clearly each other's best match. */
  private static List<int[]> anchors(List<Profile> original, List<Profile> revised) {
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < original.size(); i++) {
      long[] lemmas = original.get(i).lemmas();
      for (int k = 0; k < lemmas.length; k++) {
        if (k == 0 || lemmas[k] != lemmas[k - 1]) {
          postings.computeIfAbsent(lemmas[k], l -> new ArrayList<>()).add(i);
        }
      }
    }
    double[] votes = new double[original.size()];
    List<int[]> anchors = new ArrayList<>();
    for (int j = 0; j < revised.size(); j++) {
      List<Integer> touched = new ArrayList<>();
      long[] lemmas = revised.get(j).lemmas();
      for (int k = 0; k < lemmas.length; k++) {
        List<Integer> holders = postings.get(lemmas[k]);
        if ((k > 0 && lemmas[k] == lemmas[k - 1]) || holders == null || holders.size() > MAX_POSTINGS) {
          continue;
        }
        for (int i : holders) {
          if (votes[i] == 0) {
            touched.add(i);
          }
          votes[i] += 1.0 / holders.size();
        }
      }
      touched.sort((a, b) -> Double.compare(votes[b], votes[a]));
      double best = 0;
      double second = 0;
      int bestOriginal = -1;
      for (int t = 0; t < Math.min(3, touched.size()); t++) {
        int i = touched.get(t);
        if (original.get(i).compartment() != revised.get(j).compartment()) {
          continue;
        }
        double similarity = Similarity.of(original.get(i), revised.get(j));
        if (similarity > best) {
          second = best;
          best = similarity;
          bestOriginal = i;
        } else if (similarity > second) {
          second = similarity;
        }
      }
      touched.forEach(i -> votes[i] = 0);
      if (best >= MIN_ANCHOR_SIMILARITY && best - second >= MIN_ANCHOR_MARGIN) {
        anchors.add(new int[] {bestOriginal, j});
      }
    }
    return anchors;
  }

  /** The longest subsequence of anchors (in revised order) whose original positions strictly increase. */
  private static List<int[]> longestChain(List<int[]> anchors) {
    int[] tails = new int[anchors.size()];
    int[] previous = new int[anchors.size()];
    int length = 0;
    for (int a = 0; a < anchors.size(); a++) {
      int original = anchors.get(a)[0];
      int low = 0;
      int high = length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (anchors.get(tails[middle])[0] < original) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[a] = low > 0 ? tails[low - 1] : -1;
      tails[low] = a;
      length = Math.max(length, low + 1);
    }
    int[][] chain = new int[length][];
    for (int a = length == 0 ? -1 : tails[length - 1], k = length - 1; a >= 0; a = previous[a], k--) {
      chain[k] = anchors.get(a);
    }
    return Arrays.asList(chain);
  }
}
