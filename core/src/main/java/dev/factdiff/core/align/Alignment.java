package dev.factdiff.core.align;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import java.util.List;
import java.util.Optional;

/** Every link between two versions of an article, in the order of the revised text (dropped ones in place). */
public record Alignment(Article original, Article revised, List<AlignedPair> pairs) {

  public Alignment {
    pairs = List.copyOf(pairs);
  }

  /** The pairs that link sentences of both versions. */
  public List<AlignedPair> matched() {
    return pairs.stream().filter(AlignedPair::isMatched).toList();
  }

  /** The pairs of original sentences the revision does not render. */
  public List<AlignedPair> dropped() {
    return pairs.stream().filter(p -> p.kind() == LinkKind.DROPPED).toList();
  }

  /** The pairs of revised sentences that render nothing of the original. */
  public List<AlignedPair> added() {
    return pairs.stream().filter(p -> p.kind() == LinkKind.ADDED).toList();
  }

  /** The pair that holds this sentence of the original. */
  public Optional<AlignedPair> pairOfOriginal(Sentence sentence) {
    return pairs.stream().filter(p -> holds(p.original(), sentence)).findFirst();
  }

  /** The pair that holds this sentence of the revision. */
  public Optional<AlignedPair> pairOfRevised(Sentence sentence) {
    return pairs.stream().filter(p -> holds(p.revised(), sentence)).findFirst();
  }

  private static boolean holds(List<Sentence> sentences, Sentence sentence) {
    return sentences.stream().anyMatch(s -> s.index() == sentence.index());
  }
}
