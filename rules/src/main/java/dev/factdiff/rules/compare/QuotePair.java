package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Quotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A quotation of the original and the one that renders it in the revision, with their compared words. */
record QuotePair(
    Quotation original, Quotation revised, List<QuoteWord> originalWords, List<QuoteWord> revisedWords) {

  /** Quotations with less in common than this are different quotations, unless each is alone in its pair. */
  private static final double LEAST_OVERLAP = 0.4;

  QuotePair {
    originalWords = List.copyOf(originalWords);
    revisedWords = List.copyOf(revisedWords);
  }

  /** The quotations of an aligned pair matched across versions, by position and shared words. */
  static List<QuotePair> of(AlignedPair pair, Alignment alignment) {
    List<Quotation> original = new Side(pair.original()).quotations();
    List<Quotation> revised = new ArrayList<>(new Side(pair.revised()).quotations());
    List<QuotePair> matched = new ArrayList<>();
    boolean alone = original.size() == 1 && revised.size() == 1;
    for (Quotation o : original) {
      List<QuoteWord> ow = QuoteWord.of(alignment.original(), o);
      QuotePair best = null;
      double bestScore = -1;
      for (Quotation r : revised) {
        List<QuoteWord> rw = QuoteWord.of(alignment.revised(), r);
        double score = overlap(ow, rw);
        if (score > bestScore) {
          bestScore = score;
          best = new QuotePair(o, r, ow, rw);
        }
      }
      if (best != null && (bestScore >= LEAST_OVERLAP || (alone && bestScore > 0))) {
        matched.add(best);
        revised.remove(best.revised());
      }
    }
    return matched;
  }

  /** Dice coefficient of the two lemma sets. */
  static double overlap(List<QuoteWord> a, List<QuoteWord> b) {
    Set<String> x = new HashSet<>();
    a.forEach(w -> x.add(w.lemma()));
    Set<String> y = new HashSet<>();
    b.forEach(w -> y.add(w.lemma()));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return 2.0 * common.size() / (x.size() + y.size());
  }
}
