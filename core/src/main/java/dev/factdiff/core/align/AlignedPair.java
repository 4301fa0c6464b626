package dev.factdiff.core.align;

import dev.factdiff.core.model.Sentence;
import java.util.List;

/**
 * A link between the two versions: the original sentences (none when added), the revised sentences (none when
 * dropped), how similar they are, whether the revision moved them, and the word edits between them (empty for
 * an unmatched side). Rules read the edits; they never recompute them.
 */
public record AlignedPair(
    LinkKind kind,
    List<Sentence> original,
    List<Sentence> revised,
    double similarity,
    boolean moved,
    List<WordEdit> edits) {

  public AlignedPair {
    original = List.copyOf(original);
    revised = List.copyOf(revised);
    edits = List.copyOf(edits);
  }

  public boolean isMatched() {
    return !original.isEmpty() && !revised.isEmpty();
  }
}
