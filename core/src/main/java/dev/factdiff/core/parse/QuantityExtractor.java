package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quantity.Qualifier;
import dev.factdiff.core.model.Quantity.Unit;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the pipeline's numeric mentions into normalized {@link Quantity} records with their hedges. */
final class QuantityExtractor {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
  private static final Pattern NORMALIZED = Pattern.compile("([<>≤≥=~]*)([^\\d-]*)(-?\\d.*)");

  /** Words before a number that hedge or bound it, longest first: closed-class English, not article words. */
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

  private QuantityExtractor() {}

  static List<Quantity> extract(String text, AnnotatedSentence sentence) {
    List<Quantity> quantities = new ArrayList<>();
    for (EntitySpan entity : sentence.entities()) {
      unitOf(entity.type()).flatMap(unit -> quantity(text, sentence, entity, unit)).ifPresent(quantities::add);
    }
    return quantities;
  }

  private static Optional<Unit> unitOf(String type) {
    switch (type) {
      case "NUMBER":
        return Optional.of(Unit.COUNT);
      case "PERCENT":
        return Optional.of(Unit.PERCENT);
      case "MONEY":
        return Optional.of(Unit.CURRENCY);
      case "ORDINAL":
        return Optional.of(Unit.ORDINAL);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Quantity> quantity(String text, AnnotatedSentence sentence, EntitySpan entity, Unit unit) {
    Matcher m = NORMALIZED.matcher(entity.normalized().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Matcher number = NUMBER.matcher(m.group(3));
    if (!number.lookingAt()) {
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number.group());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String currency = unit == Unit.CURRENCY ? m.group(2).strip() : "";
    Qualifier qualifier = hedgeBefore(sentence.tokens(), entity.firstToken()).orElse(qualifierOf(m.group(1)));
    int percentEnd = unit == Unit.COUNT ? percentWordsAfter(sentence.tokens(), entity.lastToken()) : -1;
    if (percentEnd >= 0) {
      Span span = new Span(entity.span().start(), percentEnd);
      return Optional.of(new Quantity(span, text.substring(span.start(), span.end()), value, Unit.PERCENT, "", qualifier));
    }
    return Optional.of(new Quantity(entity.span(), entity.text(), value, unit, currency, qualifier));
  }

  /** The end offset of "%", "percent", "per cent" or "pct" right after token {@code last}, or -1. */
  private static int percentWordsAfter(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return -1;
    }
    Token next = tokens.get(last + 1);
    String word = next.text().toLowerCase(Locale.ROOT);
    if (word.equals("%") || word.equals("percent") || word.equals("pct") || word.equals("percentage")) {
      return next.span().end();
    }
    if (word.equals("per") && last + 2 < tokens.size() && tokens.get(last + 2).text().equalsIgnoreCase("cent")) {
      return tokens.get(last + 2).span().end();
    }
    return -1;
  }

  private static Qualifier qualifierOf(String symbols) {
    if (symbols.contains(">") || symbols.contains("≥")) {
      return Qualifier.AT_LEAST;
    }
    if (symbols.contains("<") || symbols.contains("≤")) {
      return Qualifier.AT_MOST;
    }
    return symbols.contains("~") ? Qualifier.APPROXIMATE : Qualifier.EXACT;
  }

  private static Optional<Qualifier> hedgeBefore(List<Token> tokens, int first) {
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
