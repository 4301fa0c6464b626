package dev.factdiff.core.align;

import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * A link between the two versions: the original sentences (none when added), the revised sentences (none when
 * dropped), how similar their words are, whether the revision moved them, the word edits between them (empty
 * for an unmatched side) and how alike in meaning the meaning model judged them. Rules read the edits and the
 * meaning; they never recompute them.
 *
 * @param similarity how much the two sides share in words, from 0 (nothing in common) to 1; 0 for a dropped or
 *     added sentence
 * @param moved whether the revision put them elsewhere, out of the order of the text around them
 * @param meaning the meaning model's similarity of the two sides, or why there is none
 */
public record AlignedPair(
    LinkKind kind,
    List<Sentence> original,
    List<Sentence> revised,
    double similarity,
    boolean moved,
    List<WordEdit> edits,
    Meaning meaning) {

  public AlignedPair {
    original = List.copyOf(original);
    revised = List.copyOf(revised);
    edits = List.copyOf(edits);
    if (!kind.fits(original.size(), revised.size())) {
      throw new IllegalArgumentException(
          kind + " cannot link " + original.size() + " original to " + revised.size() + " revised sentences");
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
    }
  }

  /** This pair with its meaning judged. */
  public AlignedPair withMeaning(Meaning judged) {
    return new AlignedPair(kind, original, revised, similarity, moved, edits, judged);
  }

  public boolean isMatched() {
    return !original.isEmpty() && !revised.isEmpty();
  }

  /** The edits that change a word, leaving out those that only add, drop or change punctuation. */
  public List<WordEdit> wordEdits() {
    return edits.stream().filter(e -> !e.isPunctuationOnly()).toList();
  }

  /** From the start of the first original sentence to the end of the last; empty for an added sentence. */
  public Optional<Span> originalSpan() {
    return extent(original);
  }

  /** From the start of the first revised sentence to the end of the last; empty for a dropped sentence. */
  public Optional<Span> revisedSpan() {
    return extent(revised);
  }

  private static Optional<Span> extent(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(sentences.get(0).span().union(sentences.get(sentences.size() - 1).span()));
  }
}
