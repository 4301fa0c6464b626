package dev.factdiff.core.align;

/**
 * One step of a sentence alignment, by sentence positions: {@code originalCount} sentences of the original from
 * {@code originalStart} render {@code revisedCount} sentences of the revision from {@code revisedStart}.
 */
record Link(
    int originalStart, int originalCount, int revisedStart, int revisedCount, double similarity, boolean moved) {

  Link {
    if (originalStart < 0 || revisedStart < 0 || originalCount < 0 || revisedCount < 0) {
      throw new IllegalArgumentException("negative position in link");
    }
    if (originalCount + revisedCount == 0) {
      throw new IllegalArgumentException("empty link");
    }
  }

  static Link dropped(int original) {
    return new Link(original, 1, 0, 0, 0, false);
  }

  static Link added(int revised) {
    return new Link(0, 0, revised, 1, 0, false);
  }

  boolean isMatched() {
    return originalCount > 0 && revisedCount > 0;
  }
}
