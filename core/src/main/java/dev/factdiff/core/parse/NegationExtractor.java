package dev.factdiff.core.parse;

import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Negation cues: a closed class of English function words, less the constructions in which they deny nothing
 * ("not only ... but", "whether or not", "not long after", "nothing but", a "nor" that continues a negation).
 */
final class NegationExtractor {

  private static final Set<String> CUES =
      Set.of(
          "not", "n't", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without",
          "cannot", "hardly", "barely", "scarcely");

  /** Negative quantifiers that "but" or "except" turn into "only": "nothing but rice" is "only rice". */
  private static final Set<String> EXCEPTIVE_QUANTIFIERS = Set.of("nothing", "nobody", "none");

  /** "not long after": litotes for "shortly after". */
  private static final Set<String> AFTER_A_WHILE = Set.of("after", "before", "ago", "afterwards", "afterward");

  private NegationExtractor() {}

  static List<Negation> extract(List<Token> tokens) {
    List<String> words = tokens.stream().map(t -> word(t)).toList();
    List<Negation> negations = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = words.get(i);
      if (CUES.contains(word) && denies(tokens, words, i, !negations.isEmpty())) {
        negations.add(new Negation(tokens.get(i).span(), word));
      }
    }
    return negations;
  }

  private static boolean denies(List<Token> tokens, List<String> words, int i, boolean negatedBefore) {
    return switch (words.get(i)) {
      case "not" -> !additive(words, i) && !alternative(words, i) && !litotes(words, i);
      case "nor" -> !negatedBefore || clauseFollows(tokens, i);
      default -> !(EXCEPTIVE_QUANTIFIERS.contains(words.get(i)) && exceptive(words, i));
    };
  }

  /** "not only ... but (also)": the correlative adds, it does not deny. */
  private static boolean additive(List<String> words, int i) {
    return at(words, i + 1).equals("only")
        && words.subList(i + 2, words.size()).stream().anyMatch(w -> w.equals("but") || w.equals("also"));
  }

  /** "whether or not", "if you know it or not": the two alternatives of an open question. */
  private static boolean alternative(List<String> words, int i) {
    return at(words, i - 1).equals("or")
        && words.subList(0, i - 1).stream().anyMatch(w -> w.equals("whether") || w.equals("if"));
  }

  private static boolean litotes(List<String> words, int i) {
    return at(words, i + 1).equals("long") && AFTER_A_WHILE.contains(at(words, i + 2));
  }

  /** "nothing but", "nothing, except": a restriction, not a denial. */
  private static boolean exceptive(List<String> words, int i) {
    String next = at(words, i + 1);
    return next.equals("but") || next.equals("except") || (next.equals(",") && at(words, i + 2).equals("except"));
  }

  /** "nor did she": an inverted clause, which "nor" negates anew; "nor tomatoes" only lists one more thing. */
  private static boolean clauseFollows(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).isVerb();
  }

  private static String at(List<String> words, int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  private static String word(Token token) {
    return token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
