package dev.factdiff.core.align;

/** The shape of a link between the sentences of two versions. */
public enum LinkKind {
  /** One sentence rendered by one. */
  ONE_TO_ONE,
  /** One original sentence broken into several (a split, or a stray period). */
  ONE_TO_MANY,
  /** Several original sentences merged into one. */
  MANY_TO_ONE,
  /** An original sentence with no counterpart. */
  DROPPED,
  /** A revised sentence with no counterpart. */
  ADDED;

  /** Whether a link of this kind can hold that many original and revised sentences. */
  public boolean fits(int originalCount, int revisedCount) {
    return switch (this) {
      case ONE_TO_ONE -> originalCount == 1 && revisedCount == 1;
      case ONE_TO_MANY -> originalCount == 1 && revisedCount > 1;
      case MANY_TO_ONE -> originalCount > 1 && revisedCount == 1;
      case DROPPED -> originalCount == 1 && revisedCount == 0;
      case ADDED -> originalCount == 0 && revisedCount == 1;
    };
  }
}
