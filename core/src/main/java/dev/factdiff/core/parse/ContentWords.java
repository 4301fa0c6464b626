package dev.factdiff.core.parse;

import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lemmas that carry a sentence's content: nouns, verbs, adjectives, adverbs and numbers. */
final class ContentWords {

  /** Auxiliaries and light verbs carry tense, not content. */
  private static final Set<String> LIGHT = Set.of("be", "have", "do", "will", "would", "shall", "should", "can",
      "could", "may", "might", "must", "also", "then", "so", "very", "just", "too", "n't", "not");

  private ContentWords() {}

  static List<String> lemmas(List<Token> tokens) {
    List<String> lemmas = new ArrayList<>();
    for (Token token : tokens) {
      if (isContent(token)) {
        String lemma = (token.lemma().isEmpty() ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        if (!LIGHT.contains(lemma)) {
          lemmas.add(lemma);
        }
      }
    }
    return lemmas;
  }

  static boolean isContent(Token token) {
    return !token.isPunctuation()
        && (token.isNoun() || token.isVerb() || token.isAdjective() || token.isAdverb() || token.isNumber()
            || token.pos().equals("FW"));
  }
}
