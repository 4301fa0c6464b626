package dev.factdiff.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Links the sentences of two versions in order, by dynamic programming over a band around a guide path (the
 * Gale-Church / hunalign / Vecalign family; see {@link GuidePath}). Each step renders one original sentence by
 * one, two or three revised ones (or the reverse), or leaves a sentence unmatched. A link earns its similarity
 * less a threshold, so a pair less similar than the threshold is better left as a dropped and an added
 * sentence, and a run of sentences is linked as one only when the extra sentence makes the pair more alike
 * than the merge penalty. Headings link only with headings and boilerplate only with boilerplate. The band has
 * a fixed width, so cost grows linearly with the number of sentences.
 */
final class MonotoneLinker {

  /** A link of two sentences less alike than this is worth less than leaving both unmatched. */
  static final double THRESHOLD = 0.22;

  private static final double MERGE_PENALTY = 0.03;
  private static final double PARAGRAPH_PENALTY = 0.15;
  /**
   * A run of sentences is worth linking as one only if at least one of its sentences alone is this similar to
   * the other side; checking that first spares most of the cost of the longer steps.
   */
  private static final double RUN_FLOOR = 0.3;

  private static final int BAND = 12;
  private static final int LONGEST_RUN = 3;

  /** The steps, as {original count, revised count}; on equal scores the earlier one wins. */
  private static final int[][] SHAPES = {{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {0, 1}, {1, 0}};

  private final Runs original;
  private final Runs revised;
  private final Band band;
  /** The similarity of original sentence i and revised sentence j at [i][j - band.lo(i + 1)], NaN until needed. */
  private final double[][] pairSimilarity;

  MonotoneLinker(List<Profile> original, List<Profile> revised) {
    this.original = new Runs(original);
    this.revised = new Runs(revised);
    int n = original.size();
    int m = revised.size();
    this.band = new Band(GuidePath.centers(original, revised), m, BAND);
    this.pairSimilarity = new double[n][];
    for (int i = 0; i < n; i++) {
      pairSimilarity[i] = new double[band.hi(i + 1) - band.lo(i + 1) + 1];
      Arrays.fill(pairSimilarity[i], Double.NaN);
    }
  }

  List<Link> link() {
    int n = original.size();
    int m = revised.size();
    double[][] score = new double[n + 1][];
    byte[][] step = new byte[n + 1][];
    for (int i = 0; i <= n; i++) {
      int width = band.hi(i) - band.lo(i) + 1;
      score[i] = new double[width];
      step[i] = new byte[width];
      for (int j = band.lo(i); j <= band.hi(i); j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        byte bestShape = -1;
        for (byte s = 0; s < SHAPES.length; s++) {
          int a = SHAPES[s][0];
          int b = SHAPES[s][1];
          if (i < a || j < b || !band.contains(i - a, j - b)) {
            continue;
          }
          double previous = score[i - a][j - b - band.lo(i - a)];
          if (previous == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double gain = gain(i - a, a, j - b, b);
          if (previous + gain > best) {
            best = previous + gain;
            bestShape = s;
          }
        }
        score[i][j - band.lo(i)] = best;
        step[i][j - band.lo(i)] = bestShape;
      }
    }
    return backtrack(step, n, m);
  }

  private List<Link> backtrack(byte[][] step, int n, int m) {
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int[] shape = SHAPES[step[i][j - band.lo(i)]];
      int a = shape[0];
      int b = shape[1];
      if (a == 0) {
        links.add(Link.added(j - 1));
      } else if (b == 0) {
        links.add(Link.dropped(i - 1));
      } else {
        double similarity = Similarity.of(original.run(i - a, a), revised.run(j - b, b));
        links.add(new Link(i - a, a, j - b, b, similarity, false));
      }
      i -= a;
      j -= b;
    }
    Collections.reverse(links);
    return links;
  }

  private double gain(int originalStart, int originalCount, int revisedStart, int revisedCount) {
    if (originalCount == 0 || revisedCount == 0) {
      return 0;
    }
    if (!original.exists(originalStart, originalCount) || !revised.exists(revisedStart, revisedCount)) {
      return Double.NEGATIVE_INFINITY;
    }
    Profile from = original.run(originalStart, originalCount);
    Profile to = revised.run(revisedStart, revisedCount);
    if (from.compartment() != to.compartment()) {
      return Double.NEGATIVE_INFINITY;
    }
    double similarity;
    if (originalCount == 1 && revisedCount == 1) {
      similarity = pairSimilarity(originalStart, revisedStart);
    } else if (bestMember(originalStart, originalCount, revisedStart, revisedCount) >= RUN_FLOOR) {
      similarity = Similarity.of(from, to);
    } else {
      return Double.NEGATIVE_INFINITY;
    }
    // A sentence with no content ("." left alone by a stray period) joins its neighbour at no cost.
    int extra = Math.max(0, from.contentful() + to.contentful() - 2);
    double gain = similarity - THRESHOLD - MERGE_PENALTY * extra;
    if (from.spansParagraphs() || to.spansParagraphs()) {
      gain -= PARAGRAPH_PENALTY;
    }
    return gain;
  }

  /** The highest similarity of one sentence of the run on one side with one of the run on the other. */
  private double bestMember(int originalStart, int originalCount, int revisedStart, int revisedCount) {
    double best = 0;
    for (int i = originalStart; i < originalStart + originalCount; i++) {
      for (int j = revisedStart; j < revisedStart + revisedCount; j++) {
        best = Math.max(best, pairSimilarity(i, j));
      }
    }
    return best;
  }

  private double pairSimilarity(int i, int j) {
    if (!band.contains(i + 1, j + 1)) {
      return Similarity.of(original.run(i, 1), revised.run(j, 1));
    }
    double[] row = pairSimilarity[i];
    int column = j + 1 - band.lo(i + 1);
    if (Double.isNaN(row[column])) {
      row[column] = Similarity.of(original.run(i, 1), revised.run(j, 1));
    }
    return row[column];
  }

  /** The profiles of every run of one to {@link #LONGEST_RUN} consecutive sentences of one compartment. */
  private static final class Runs {
    private final Profile[][] runs;

    Runs(List<Profile> sentences) {
      runs = new Profile[LONGEST_RUN][sentences.size()];
      for (int start = 0; start < sentences.size(); start++) {
        runs[0][start] = sentences.get(start);
        for (int count = 2; count <= LONGEST_RUN && start + count <= sentences.size(); count++) {
          Profile shorter = runs[count - 2][start];
          runs[count - 1][start] =
              shorter == null ? null : shorter.followedBy(sentences.get(start + count - 1)).orElse(null);
        }
      }
    }

    int size() {
      return runs[0].length;
    }

    boolean exists(int start, int count) {
      return start + count <= size() && runs[count - 1][start] != null;
    }

    Profile run(int start, int count) {
      return runs[count - 1][start];
    }
  }

  /** The cells of the score table worth computing: a band of fixed half-width around the guide path. */
  private static final class Band {
    private final int[] centers;
    private final int n;
    private final int m;
    private final int halfWidth;

    Band(int[] centers, int m, int halfWidth) {
      this.centers = centers;
      this.n = centers.length - 1;
      this.m = m;
      this.halfWidth = halfWidth;
    }

    int lo(int i) {
      return i == 0 ? 0 : Math.max(0, centers[i] - halfWidth);
    }

    /** Up to the next row's centre, so that a run of added sentences between two rows stays inside. */
    int hi(int i) {
      return i == n ? m : Math.min(m, centers[i + 1] + halfWidth);
    }

    boolean contains(int i, int j) {
      return j >= lo(i) && j <= hi(i);
    }
  }
}
