package dev.factdiff.rules.synthetic;

import java.util.List;
import java.util.Optional;

/**
 * A generated case in the shared eval format: an article, the same article with one injected edit, and what
 * the edit implies (one must item, or for a benign edit a must_not place where nothing may be flagged).
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
    String why) {

  SyntheticCase {
    accept = List.copyOf(accept);
  }

  boolean benign() {
    return category.isEmpty();
  }
}
