package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordClass;
import java.util.Locale;
import java.util.Set;

/** Closed-class word knowledge and the normal form of a word for comparison. */
final class Words {

  /** Verbs that carry tense, aspect or mood rather than content. */
  private static final Set<String> AUXILIARIES =
      Set.of("be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
          "get", "become");

  /**
   * Adverbs and adjectives that only grade, connect or hedge, and the noun that stands for another ("ones").
   * Not "only" and "again": they restrict or repeat the claim.
   */
  private static final Set<String> LIGHT =
      Set.of("also", "then", "later", "still", "even", "just", "so", "too", "very", "much", "more",
          "most", "however", "there", "here", "as", "well", "up", "out", "about", "around", "some", "such",
          "other", "many", "few", "own", "same", "certain", "rather", "quite", "ago", "now", "yet",
          "already", "not", "n't", "never", "both", "each", "all", "any", "further", "thus", "how", "when",
          "where", "why", "this", "that", "these", "those", "which", "who", "what", "one");

  private Words() {}

  /** Lower case, curly apostrophes straightened, punctuation at either end removed. */
  static String bare(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }

  /** A noun, verb, adjective or adverb that says something: not an auxiliary, hedge or proper name. */
  static boolean isContent(Token token) {
    return WordClass.of(token).isPresent()
        && !AUXILIARIES.contains(lemma(token))
        && !LIGHT.contains(lemma(token))
        && bare(token.text()).codePoints().anyMatch(Character::isLetter);
  }

  static boolean isAuxiliary(Token token) {
    return AUXILIARIES.contains(lemma(token));
  }
}
