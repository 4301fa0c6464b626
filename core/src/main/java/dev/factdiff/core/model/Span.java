package dev.factdiff.core.model;

import com.google.common.base.Preconditions;

/**
 * A half-open range of character offsets (Java String indices) into an article's text:
 * {@code text.substring(start, end)} is always the covered text.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    Preconditions.checkArgument(start >= 0 && start <= end, "bad span [%s, %s)", start, end);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
