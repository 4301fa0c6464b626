package dev.factdiff.rules.eval;

/** A half-open character range in one version, as the scorer compares them; never empty. */
public record Place(int start, int end) {

  /** A range of width at least one, as the scorer widens an empty span. */
  public static Place widened(int start, int end) {
    return new Place(start, Math.max(end, start + 1));
  }

  public boolean overlaps(Place other) {
    return start < other.end && other.start < end;
  }

  public int width() {
    return end - start;
  }
}
