package dev.factdiff.core.align;

/**
 * How much two runs of sentences say the same thing, from 0 (nothing shared) to 1: a weighted Dice overlap of
 * content lemmas, character trigrams and anchors, scaled down a little when their lengths differ (the
 * Gale-Church observation that a sentence and its rendering have proportional lengths).
 */
final class Similarity {

  private static final double LEMMA_WEIGHT = 0.45;
  private static final double TRIGRAM_WEIGHT = 0.35;
  private static final double ANCHOR_WEIGHT = 0.20;
  private static final double LENGTH_WEIGHT = 0.15;

  private Similarity() {}

  static double of(Profile a, Profile b) {
    double lemmas = dice(a.lemmas(), b.lemmas());
    double trigrams = dice(a.trigrams(), b.trigrams());
    double content;
    if (a.anchors().length + b.anchors().length == 0) {
      content = (LEMMA_WEIGHT * lemmas + TRIGRAM_WEIGHT * trigrams) / (LEMMA_WEIGHT + TRIGRAM_WEIGHT);
    } else {
      double anchors = dice(a.anchors(), b.anchors());
      content = LEMMA_WEIGHT * lemmas + TRIGRAM_WEIGHT * trigrams + ANCHOR_WEIGHT * anchors;
    }
    int longer = Math.max(a.length(), b.length());
    double lengthRatio = longer == 0 ? 0 : (double) Math.min(a.length(), b.length()) / longer;
    return content * (1 - LENGTH_WEIGHT + LENGTH_WEIGHT * lengthRatio);
  }

  /** Dice's coefficient of two sorted multisets. */
  static double dice(long[] a, long[] b) {
    if (a.length + b.length == 0) {
      return 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / (a.length + b.length);
  }
}
