package dev.factdiff.rules.lexicon;

import dev.factdiff.core.model.Token;
import java.util.Optional;

/** The open word classes WordNet describes. */
public enum WordClass {
  NOUN,
  VERB,
  ADJECTIVE,
  ADVERB;

  /** The word class of a token; proper nouns, numbers and closed-class words have none. */
  public static Optional<WordClass> of(Token token) {
    return ofTag(token.pos());
  }

  /** The word class of a Penn Treebank tag; proper nouns, numbers and closed-class words have none. */
  public static Optional<WordClass> ofTag(String pennTag) {
    if (pennTag.startsWith("NNP")) {
      return Optional.empty();
    }
    if (pennTag.startsWith("NN")) {
      return Optional.of(NOUN);
    }
    if (pennTag.startsWith("VB")) {
      return Optional.of(VERB);
    }
    if (pennTag.startsWith("JJ")) {
      return Optional.of(ADJECTIVE);
    }
    if (pennTag.startsWith("RB")) {
      return Optional.of(ADVERB);
    }
    return Optional.empty();
  }
}
