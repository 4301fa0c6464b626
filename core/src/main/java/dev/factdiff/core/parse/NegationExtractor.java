package dev.factdiff.core.parse;

import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Negation cues: a closed class of English function words. */
final class NegationExtractor {

  private static final Set<String> CUES =
      Set.of(
          "not", "n't", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without",
          "cannot", "hardly", "barely", "scarcely");

  private NegationExtractor() {}

  static List<Negation> extract(List<Token> tokens) {
    List<Negation> negations = new ArrayList<>();
    for (Token token : tokens) {
      String word = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (CUES.contains(word)) {
        negations.add(new Negation(token.span(), word));
      }
    }
    return negations;
  }
}
