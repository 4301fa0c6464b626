package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The closed class of quantifiers: "some" replaced by "all" changes how much a sentence claims. */
final class Quantifiers {

  private static final Set<String> WORDS =
      Set.of("some", "all", "no", "none", "every", "each", "most", "few", "many", "several", "both", "any");

  /** Adverbs that soften a quantifier: "almost all" is not "all". */
  private static final Set<String> HEDGES = Set.of("almost", "nearly", "virtually", "practically", "mostly");

  /** Quantifiers that take "of" before what they count: "most of the islands", "half of the votes". */
  private static final Set<String> PARTITIVES =
      Set.of("much", "most", "many", "some", "all", "each", "none", "few", "several", "both", "half");

  private Quantifiers() {}

  /** Whether the word can open a sentence's subject before "of": "Most of the islands are small". */
  static boolean partitive(Token t) {
    return PARTITIVES.contains(Words.bare(t.text()));
  }

  /** The first quantifier of the original region and the different one that replaced it, if any. */
  static Optional<List<Token>> swapped(EditRegion region) {
    Optional<Token> before = first(region.originalTokens());
    Optional<Token> after = first(region.revisedTokens());
    if (before.isPresent() && after.isPresent() && !Words.lemma(before.get()).equals(Words.lemma(after.get()))) {
      return Optional.of(List.of(before.get(), after.get()));
    }
    return Optional.empty();
  }

  /**
   * "almost all" against "all": a hedge on a quantifier that one side of the region has and the other lacks,
   * while the quantifier itself stayed. Returns the hedge and whether it is the original's.
   */
  static Optional<Token> droppedHedge(EditRegion region, List<Token> originalSentence, List<Token> revisedSentence) {
    Optional<Token> dropped = hedge(region.originalTokens(), originalSentence);
    Optional<Token> added = hedge(region.revisedTokens(), revisedSentence);
    return dropped.isPresent() != added.isPresent() ? dropped.or(() -> added) : Optional.empty();
  }

  private static Optional<Token> hedge(List<Token> tokens, List<Token> sentence) {
    return tokens.stream()
        .filter(t -> HEDGES.contains(Words.lemma(t)))
        .filter(t -> sentence.stream().anyMatch(n -> n.index() == t.index() + 1 && WORDS.contains(Words.lemma(n))))
        .findFirst();
  }

  private static Optional<Token> first(List<Token> tokens) {
    return tokens.stream().filter(t -> WORDS.contains(Words.lemma(t))).findFirst();
  }
}
