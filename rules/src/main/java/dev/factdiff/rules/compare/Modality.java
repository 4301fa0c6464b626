package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The modal verbs that change what a sentence claims: one of necessity ("must", "should") makes a fact a duty,
 * one of possibility ("may", "might") makes it a chance. "Can", "could", "will" and "would" are left out:
 * translations and rewrites add and drop them freely without changing the claim.
 */
final class Modality {

  enum Kind {
    NECESSITY(Set.of("must", "should", "shall", "ought")),
    POSSIBILITY(Set.of("may", "might"));

    private final Set<String> words;

    Kind(Set<String> words) {
      this.words = words;
    }
  }

  /** A modal one side of an edit has and the other lacks, with its kind and side. */
  record Change(Token modal, Kind kind, boolean inOriginal) {}

  private Modality() {}

  /**
   * A modal of either kind that one side of the edit adds with no modal in its place on the other ("may" for
   * "could" is a rewording, "may" for nothing a new hedge).
   */
  static Optional<Change> changed(EditRegion region) {
    boolean originalModal = region.originalTokens().stream().anyMatch(Token::isModal);
    boolean revisedModal = region.revisedTokens().stream().anyMatch(Token::isModal);
    if (originalModal == revisedModal) {
      return Optional.empty();
    }
    List<Token> side = originalModal ? region.originalTokens() : region.revisedTokens();
    for (Kind kind : Kind.values()) {
      Optional<Token> modal = first(side, kind);
      if (modal.isPresent()) {
        return Optional.of(new Change(modal.get(), kind, originalModal));
      }
    }
    return Optional.empty();
  }

  private static Optional<Token> first(List<Token> tokens, Kind kind) {
    return tokens.stream().filter(t -> t.isModal() && kind.words.contains(Words.bare(t.text()))).findFirst();
  }
}
