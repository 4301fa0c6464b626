package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed class of words that place an event in time against another: "before" and "after", "earlier" and
 * "later", "last", "this" and "next" before a unit of time. One of them replaced by a word of another order
 * moves the event ("three weeks before she died", "three weeks after she died") though no date changed.
 */
final class TimeOrder {

  enum Order { EARLIER, SAME, LATER }

  private static final Map<String, Order> RELATIONS =
      Map.ofEntries(
          Map.entry("before", Order.EARLIER),
          Map.entry("ahead", Order.EARLIER),
          Map.entry("prior", Order.EARLIER),
          Map.entry("earlier", Order.EARLIER),
          Map.entry("previously", Order.EARLIER),
          Map.entry("until", Order.EARLIER),
          Map.entry("till", Order.EARLIER),
          Map.entry("during", Order.SAME),
          Map.entry("after", Order.LATER),
          Map.entry("later", Order.LATER),
          Map.entry("afterwards", Order.LATER),
          Map.entry("subsequently", Order.LATER),
          Map.entry("since", Order.LATER));

  /** Words that point from now only when a unit of time follows: "next season", "this week". */
  private static final Map<String, Order> DEICTIC =
      Map.of("last", Order.EARLIER, "previous", Order.EARLIER, "this", Order.SAME, "current", Order.SAME,
          "next", Order.LATER, "coming", Order.LATER);

  private static final Set<String> UNITS =
      Set.of("day", "night", "week", "weekend", "fortnight", "month", "year", "season", "decade", "century",
          "quarter", "term", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall", "winter");

  private TimeOrder() {}

  /** The time-order word of the original region and the word of another order that replaced it, if any. */
  static Optional<List<Token>> swapped(EditRegion region, List<Token> originalSentence, List<Token> revisedSentence) {
    Optional<Token> before = first(region.originalTokens(), originalSentence);
    Optional<Token> after = first(region.revisedTokens(), revisedSentence);
    if (before.isPresent() && after.isPresent() && order(before.get(), originalSentence) != order(after.get(), revisedSentence)) {
      return Optional.of(List.of(before.get(), after.get()));
    }
    return Optional.empty();
  }

  private static Optional<Token> first(List<Token> tokens, List<Token> sentence) {
    return tokens.stream().filter(t -> order(t, sentence) != null).findFirst();
  }

  private static Order order(Token token, List<Token> sentence) {
    // The word as written first: the lemma of "earlier" is "early", which orders nothing.
    Order relation = RELATIONS.get(Words.bare(token.text()));
    if (relation != null) {
      return relation;
    }
    String word = Words.lemma(token);
    relation = RELATIONS.get(word);
    if (relation != null) {
      return relation;
    }
    Order deictic = DEICTIC.get(word);
    return deictic != null && beforeUnit(token, sentence) ? deictic : null;
  }

  private static boolean beforeUnit(Token token, List<Token> sentence) {
    return sentence.stream()
        .filter(t -> t.index() == token.index() + 1)
        .anyMatch(t -> UNITS.contains(Words.lemma(t)));
  }
}
