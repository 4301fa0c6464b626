package dev.factdiff.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass: an in-order alignment cannot follow a sentence that the revision moved, so it leaves it as
 * dropped in one place and added in another. This pass pairs such leftovers that say the same thing, most
 * similar first, and marks the pair as moved.
 */
final class MoveFinder {

  /** A moved pair crosses other text, so it must be clearly more alike than an in-place one. */
  static final double THRESHOLD = 0.55;

  /**
   * Every dropped sentence is compared with every added one up to this many comparisons (a second); beyond
   * it, as between two unrelated versions of a long article, only with the added sentences near its place in
   * proportion, so that the pass stays linear in the length of the articles.
   */
  static final long MAX_COMPARISONS = 1_000_000;

  private MoveFinder() {}

  /**
   * The moved links, keyed by the position of their revised sentence, each linking a sentence that {@code
   * links} leave dropped to one that they leave added.
   */
  static Map<Integer, Link> find(List<Link> links, List<Profile> original, List<Profile> revised) {
    List<Integer> dropped = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (Link link : links) {
      if (link.revisedCount() == 0) {
        dropped.add(link.originalStart());
      } else if (link.originalCount() == 0) {
        added.add(link.revisedStart());
      }
    }
    List<Link> candidates = new ArrayList<>();
    long comparisons = (long) dropped.size() * added.size();
    int reach = comparisons <= MAX_COMPARISONS
        ? added.size()
        : (int) Math.max(1, MAX_COMPARISONS / (2L * Math.max(1, dropped.size())));
    for (int d = 0; d < dropped.size(); d++) {
      int o = dropped.get(d);
      int near = (int) ((long) d * added.size() / Math.max(1, dropped.size()));
      for (int a = Math.max(0, near - reach); a < Math.min(added.size(), near + reach + 1); a++) {
        int r = added.get(a);
        Profile from = original.get(o);
        Profile to = revised.get(r);
        if (from.compartment() == to.compartment()) {
          double similarity = Similarity.of(from, to);
          if (similarity >= THRESHOLD) {
            candidates.add(new Link(o, 1, r, 1, similarity, true));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Link::similarity)
            .reversed()
            .thenComparingInt(Link::revisedStart)
            .thenComparingInt(Link::originalStart));
    Map<Integer, Link> moves = new HashMap<>();
    boolean[] taken = new boolean[original.size()];
    for (Link candidate : candidates) {
      if (!taken[candidate.originalStart()] && !moves.containsKey(candidate.revisedStart())) {
        taken[candidate.originalStart()] = true;
        moves.put(candidate.revisedStart(), candidate);
      }
    }
    return moves;
  }
}
