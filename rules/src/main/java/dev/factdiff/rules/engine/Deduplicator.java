package dev.factdiff.rules.engine;

import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges findings that report the same thing: the same category at overlapping places (in a version both name).
 * The most severe one stays; among equals, the first in report order.
 */
final class Deduplicator {

  private Deduplicator() {}

  /** {@code ordered} must be in {@link FindingOrder#BY_POSITION}; the result keeps that order. */
  static List<Finding> deduplicate(List<Finding> ordered) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : ordered) {
      int same = indexOfSame(kept, finding);
      if (same < 0) {
        kept.add(finding);
      } else if (finding.severity().compareTo(kept.get(same).severity()) > 0) {
        kept.set(same, finding);
      }
    }
    kept.sort(FindingOrder.BY_POSITION);
    return kept;
  }

  private static int indexOfSame(List<Finding> kept, Finding finding) {
    for (int i = 0; i < kept.size(); i++) {
      Finding other = kept.get(i);
      if (other.category() == finding.category()
          && (overlap(other.original(), finding.original()) || overlap(other.revised(), finding.revised()))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean overlap(Optional<Excerpt> a, Optional<Excerpt> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    var x = a.get().span();
    var y = b.get().span();
    // Empty spans (an insertion point) overlap what they touch.
    return x.overlaps(y) || (x.isEmpty() || y.isEmpty()) && x.start() <= y.end() && y.start() <= x.end();
  }
}
