package dev.factdiff.rules.synthetic;

import java.util.List;
import java.util.Optional;

/**
 * A generated case in the shared eval format: an article, the same article with one injected edit, and what
 * the edit implies (one must item, or for a benign edit a must_not place where nothing may be flagged).
 *
 * @param furtherPlaces where the edit was made again: with {@code oneChange}, further places of the one must item
 *     (its {@code any_of}, as the same change repeated); without, each a must item of its own (another change of
 *     the same kind)
 */
record SyntheticCase(
    String id,
    String original,
    String revised,
    Optional<String> category,
    String severity,
    List<String> accept,
    Optional<int[]> originalSpan,
    Optional<int[]> revisedSpan,
    String why,
    List<Place> furtherPlaces,
    boolean oneChange) {

  SyntheticCase {
    accept = List.copyOf(accept);
    furtherPlaces = List.copyOf(furtherPlaces);
  }

  /** A case with one edit at one place. */
  SyntheticCase(
      String id,
      String original,
      String revised,
      Optional<String> category,
      String severity,
      List<String> accept,
      Optional<int[]> originalSpan,
      Optional<int[]> revisedSpan,
      String why) {
    this(id, original, revised, category, severity, accept, originalSpan, revisedSpan, why, List.of(), true);
  }

  boolean benign() {
    return category.isEmpty();
  }

  /** A place of an edit: its span in the original and in the revision. */
  record Place(Optional<int[]> original, Optional<int[]> revised) {}
}
