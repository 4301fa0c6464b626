package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quantity.Qualifier;
import dev.factdiff.core.model.Quantity.Unit;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shares of a whole written in words: "a third", "two-thirds", "three quarters", "half of", "one in five". The
 * pipeline reads none of them as the share they state ("two-thirds" is the count 2, "one-fifth" 51, "one in five"
 * the counts 1 and 5), so they are found here, each as a {@link Unit#FRACTION} whose value is the share in percent.
 */
final class ShareWords {

  private ShareWords() {}

  private static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2), Map.entry("halves", 2),
          Map.entry("third", 3), Map.entry("thirds", 3),
          Map.entry("quarter", 4), Map.entry("quarters", 4),
          Map.entry("fourth", 4), Map.entry("fourths", 4),
          Map.entry("fifth", 5), Map.entry("fifths", 5),
          Map.entry("sixth", 6), Map.entry("sixths", 6),
          Map.entry("seventh", 7), Map.entry("sevenths", 7),
          Map.entry("eighth", 8), Map.entry("eighths", 8),
          Map.entry("ninth", 9), Map.entry("ninths", 9),
          Map.entry("tenth", 10), Map.entry("tenths", 10));

  private static final Map<String, Integer> NUMERATORS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
          Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
          Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));

  /** Tags of the word after a share that make it a modifier ("a third party", "a quarter century"), not a share. */
  private static final Set<String> MODIFIED = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "CD");

  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  /** The shares written as fractions ("a third", "two-thirds", "half the town"), in text order. */
  static List<StatedQuantity> fractions(String text, List<Token> tokens) {
    List<StatedQuantity> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<StatedQuantity> found = fractionAt(text, tokens, i);
      if (found.isPresent()) {
        out.add(found.get());
        i = found.get().lastToken();
      }
    }
    return out;
  }

  private static Optional<StatedQuantity> fractionAt(String text, List<Token> tokens, int i) {
    String word = lower(tokens.get(i));
    Integer numerator = NUMERATORS.get(word);
    if (numerator != null) {
      int at = i + 1 < tokens.size() && isHyphen(tokens.get(i + 1)) ? i + 2 : i + 1;
      if (at < tokens.size() && DENOMINATORS.containsKey(lower(tokens.get(at))) && standsAlone(tokens, at)) {
        return Optional.of(share(text, tokens, i, at, numerator, DENOMINATORS.get(lower(tokens.get(at)))));
      }
      return Optional.empty();
    }
    // "half the town", "half of them": no numerator, unless an ordinal or article makes it a part ("the second half").
    boolean byHalf = i > 0 && lower(tokens.get(i - 1)).equals("by");
    if (word.equals("half") && (i == 0 || !opensPart(tokens.get(i - 1))) && standsAlone(tokens, i)
        && (byHalf || i + 1 < tokens.size() && !tokens.get(i + 1).isPunctuation())) {
      return Optional.of(share(text, tokens, i, i, 1, 2));
    }
    return Optional.empty();
  }

  /** Whether the fraction word is a share on its own: not a modifier of the next word ("a third party"). */
  private static boolean standsAlone(List<Token> tokens, int at) {
    if (TIME_TAGS.contains(tokens.get(at).ner())) {
      return false;
    }
    if (at + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(at + 1);
    if (MODIFIED.contains(next.pos()) || isHyphen(next)) {
      return false;
    }
    // A part of one thing is an amount of it, not a share of a whole: "half an hour", "a third of a mile", "half a
    // million" (a scale the number rule reads).
    int after = lower(next).equals("of") ? at + 2 : at + 1;
    return after >= tokens.size() || !isIndefinite(tokens.get(after));
  }

  private static boolean isIndefinite(Token token) {
    return lower(token).equals("a") || lower(token).equals("an");
  }

  private static boolean opensPart(Token previous) {
    String word = lower(previous);
    return previous.ner().equals("ORDINAL") || word.equals("the") || word.equals("this") || word.equals("that")
        || word.equals("a") || word.equals("an") || word.equals("one") || previous.pos().equals("PRP$");
  }

  /**
   * The shares written as "one in five" or "three out of four" between two counts the pipeline read, replacing
   * them; the other quantities unchanged.
   */
  static List<StatedQuantity> ratios(String text, List<Token> tokens, List<StatedQuantity> stated) {
    List<StatedQuantity> out = new ArrayList<>();
    for (int i = 0; i < stated.size(); i++) {
      StatedQuantity part = stated.get(i);
      StatedQuantity whole = i + 1 < stated.size() ? stated.get(i + 1) : null;
      if (whole != null && isRatio(tokens, part, whole)) {
        Quantity p = part.quantity();
        Span span = new Span(tokens.get(part.firstToken()).span().start(), tokens.get(whole.lastToken()).span().end());
        BigDecimal percent = percentOf(p.value(), whole.quantity().value());
        out.add(new StatedQuantity(
            new Quantity(span, span.of(text), percent, Unit.FRACTION, "", p.qualifier(), Optional.empty()),
            part.firstToken(), whole.lastToken(), Optional.empty()));
        i++;
      } else {
        out.add(part);
      }
    }
    return out;
  }

  private static boolean isRatio(List<Token> tokens, StatedQuantity part, StatedQuantity whole) {
    Quantity p = part.quantity();
    Quantity w = whole.quantity();
    if (p.unit() != Unit.COUNT || w.unit() != Unit.COUNT || p.measure().isPresent() || w.measure().isPresent()
        || !isWhole(p.value()) || !isWhole(w.value()) || p.value().signum() <= 0 || p.value().compareTo(w.value()) >= 0) {
      return false;
    }
    List<String> between = new ArrayList<>();
    for (int t = part.lastToken() + 1; t < whole.firstToken(); t++) {
      between.add(lower(tokens.get(t)));
    }
    return between.equals(List.of("in")) || between.equals(List.of("out", "of"));
  }

  private static boolean isWhole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }

  private static StatedQuantity share(String text, List<Token> tokens, int first, int last, int numerator, int denominator) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    BigDecimal percent = percentOf(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    Qualifier qualifier = Hedges.before(tokens, first).orElse(Qualifier.EXACT);
    return new StatedQuantity(
        new Quantity(span, span.of(text), percent, Unit.FRACTION, "", qualifier, Optional.empty()), first, last,
        Optional.empty());
  }

  private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private static boolean isHyphen(Token token) {
    return token.text().equals("-") || token.text().equals("‐") || token.text().equals("–");
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
