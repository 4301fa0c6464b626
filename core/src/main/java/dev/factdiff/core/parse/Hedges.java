package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quantity.Qualifier;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words before a number that hedge or bound it: "some", "around", "more than", "up to". */
final class Hedges {

  /** Closed-class English, not article words. */
  private static final Map<String, Qualifier> HEDGES =
      Map.ofEntries(
          Map.entry("more than", Qualifier.AT_LEAST),
          Map.entry("at least", Qualifier.AT_LEAST),
          Map.entry("upwards of", Qualifier.AT_LEAST),
          Map.entry("in excess of", Qualifier.AT_LEAST),
          Map.entry("over", Qualifier.AT_LEAST),
          Map.entry("above", Qualifier.AT_LEAST),
          Map.entry("less than", Qualifier.AT_MOST),
          Map.entry("fewer than", Qualifier.AT_MOST),
          Map.entry("at most", Qualifier.AT_MOST),
          Map.entry("no more than", Qualifier.AT_MOST),
          Map.entry("up to", Qualifier.AT_MOST),
          Map.entry("under", Qualifier.AT_MOST),
          Map.entry("below", Qualifier.AT_MOST),
          Map.entry("some", Qualifier.APPROXIMATE),
          Map.entry("around", Qualifier.APPROXIMATE),
          Map.entry("about", Qualifier.APPROXIMATE),
          Map.entry("approximately", Qualifier.APPROXIMATE),
          Map.entry("roughly", Qualifier.APPROXIMATE),
          Map.entry("nearly", Qualifier.APPROXIMATE),
          Map.entry("almost", Qualifier.APPROXIMATE),
          Map.entry("close to", Qualifier.APPROXIMATE),
          Map.entry("an estimated", Qualifier.APPROXIMATE),
          Map.entry("estimated", Qualifier.APPROXIMATE),
          Map.entry("circa", Qualifier.APPROXIMATE),
          Map.entry("nearly all", Qualifier.APPROXIMATE));

  private Hedges() {}

  /** The hedge of up to three words right before token {@code first}, if any. */
  static Optional<Qualifier> before(List<Token> tokens, int first) {
    for (int n = 3; n >= 1; n--) {
      if (first - n < 0) {
        continue;
      }
      StringBuilder words = new StringBuilder();
      for (int i = first - n; i < first; i++) {
        words.append(i > first - n ? " " : "").append(tokens.get(i).text().toLowerCase(Locale.ROOT));
      }
      Qualifier q = HEDGES.get(words.toString());
      if (q != null) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
