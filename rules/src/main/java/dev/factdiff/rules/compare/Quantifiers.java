package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The closed class of quantifiers: "some" replaced by "all" changes how much a sentence claims. */
final class Quantifiers {

  private static final Set<String> WORDS =
      Set.of("some", "all", "no", "none", "every", "each", "most", "few", "many", "several", "both", "any");

  private Quantifiers() {}

  /** The first quantifier of the original region and the different one that replaced it, if any. */
  static Optional<List<Token>> swapped(EditRegion region) {
    Optional<Token> before = first(region.originalTokens());
    Optional<Token> after = first(region.revisedTokens());
    if (before.isPresent() && after.isPresent() && !Words.lemma(before.get()).equals(Words.lemma(after.get()))) {
      return Optional.of(List.of(before.get(), after.get()));
    }
    return Optional.empty();
  }

  private static Optional<Token> first(List<Token> tokens) {
    return tokens.stream().filter(t -> WORDS.contains(Words.lemma(t))).findFirst();
  }
}
