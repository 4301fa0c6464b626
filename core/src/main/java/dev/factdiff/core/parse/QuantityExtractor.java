package dev.factdiff.core.parse;

import dev.factdiff.core.model.Measure;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quantity.Qualifier;
import dev.factdiff.core.model.Quantity.Unit;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the pipeline's numeric mentions into normalized {@link Quantity} records with their hedges. */
final class QuantityExtractor {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
  private static final Pattern NORMALIZED = Pattern.compile("([<>≤≥=~]*)([^\\d-]*)(-?\\d.*)");

  private QuantityExtractor() {}

  /** "2.0-5.0", "10.0 - 20.0": the pipeline's value of a range. */
  private static final Pattern RANGE = Pattern.compile("(-?[\\d.]+(?:E-?\\d+)?)\\s*-\\s*([\\d.]+(?:E-?\\d+)?)");

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  static List<Quantity> extract(String text, AnnotatedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<StatedQuantity> shares = ShareWords.fractions(text, tokens);
    List<StatedQuantity> stated = new ArrayList<>();
    for (EntitySpan entity : sentence.entities()) {
      // The pipeline's reading of "two-thirds" (the count 2) gives way to the share.
      if (shares.stream().noneMatch(s -> s.firstToken() <= entity.lastToken() && entity.firstToken() <= s.lastToken())) {
        unitOf(entity.type()).ifPresent(unit -> stated.addAll(quantities(text, tokens, entity, unit)));
      }
    }
    List<StatedQuantity> all = new ArrayList<>(ShareWords.ratios(text, tokens, RangeBounds.completed(stated, tokens)));
    all.addAll(shares);
    all.sort(Comparator.comparingInt(StatedQuantity::firstToken));
    // The pieces of one long run of digits all read as the whole run: one number.
    List<Quantity> quantities = new ArrayList<>();
    for (StatedQuantity q : all) {
      Quantity quantity = q.quantity();
      boolean repeated = !quantities.isEmpty()
          && quantities.get(quantities.size() - 1).span().equals(quantity.span())
          && quantities.get(quantities.size() - 1).value().compareTo(quantity.value()) == 0
          && quantity.span().length() > TokenizerInput.LONG_RUN;
      if (!repeated) {
        quantities.add(quantity);
      }
    }
    return List.copyOf(quantities);
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

  /** The entity's number, or both bounds of a range ("2 and 5", "10-20"), each a quantity of its own. */
  private static List<StatedQuantity> quantities(String text, List<Token> tokens, EntitySpan entity, Unit unit) {
    Matcher m = NORMALIZED.matcher(entity.normalized().strip());
    Matcher number = NUMBER.matcher(m.matches() ? m.group(3) : "");
    Optional<BigDecimal> parsed = m.matches() && number.lookingAt() ? decimal(number.group()) : Optional.empty();
    if (parsed.isEmpty()) {
      // Past 308 digits the pipeline's double overflows and it gives no value: the digits as written are the number.
      Optional<Span> run = digitRun(text, tokens, entity.firstToken(), entity.lastToken());
      return run.isEmpty() || exactly(run.get().of(text)).precision() <= DOUBLE_DIGITS
          ? List.of()
          : List.of(part(text, tokens, entity.firstToken(), entity.lastToken(), exactly(run.get().of(text)), unit, "",
              Qualifier.EXACT));
    }
    BigDecimal value = parsed.get();
    int first = entity.firstToken();
    if (halfBefore(tokens, first)) {
      // "half a million": the pipeline reads "a million"; the text says half of it.
      first -= 2;
      value = value.divide(BigDecimal.valueOf(2));
    }
    String currency = unit == Unit.CURRENCY ? m.group(2).strip() : "";
    Qualifier qualifier = Hedges.before(tokens, first).orElse(qualifierOf(m.group(1)));
    Matcher range = RANGE.matcher(m.group(3).strip());
    int link = RangeBounds.link(tokens, entity.firstToken(), entity.lastToken());
    Optional<BigDecimal> upper = range.matches() ? decimal(range.group(2)) : Optional.empty();
    if (upper.isPresent() && link > 0) {
      StatedQuantity high = part(text, tokens, link + 1, entity.lastToken(), upper.get(), unit, currency, qualifier);
      StatedQuantity low = part(text, tokens, entity.firstToken(), link - 1, value, unit, currency, qualifier);
      return List.of(RangeBounds.inherit(low, high), high);
    }
    return List.of(part(text, tokens, first, entity.lastToken(), value, unit, currency, qualifier));
  }

  private static Optional<BigDecimal> decimal(String digits) {
    try {
      return Optional.of(new BigDecimal(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** One number from token {@code first} to {@code last}, with the percent sign or unit written after it. */
  private static StatedQuantity part(
      String text, List<Token> tokens, int first, int last, BigDecimal value, Unit unit, String currency,
      Qualifier qualifier) {
    Optional<BigDecimal> written = written(tokens.get(first));
    Optional<Span> digits = digitRun(text, tokens, first, last);
    if (digits.isPresent()) {
      BigDecimal exact = exactly(digits.get().of(text));
      if (exactlyMeant(exact, value, digits.get().of(text), tokens, first, last)) {
        value = exact;
      }
    }
    int percentEnd = unit == Unit.COUNT ? percentWordsAfter(tokens, last) : -1;
    if (percentEnd >= 0) {
      Span span = new Span(tokens.get(first).span().start(), percentEnd);
      Quantity q = new Quantity(span, span.of(text), value, Unit.PERCENT, "", qualifier, Optional.empty());
      return new StatedQuantity(q, first, last + 1, written);
    }
    Optional<MeasureWords.Found> found = unit == Unit.COUNT ? measure(tokens, first, last) : Optional.empty();
    Optional<Measure> measure = found.map(MeasureWords.Found::measure);
    int end = last;
    if (found.isPresent() && found.get().metreSymbol()) {
      // "m" after a number is a million when things are counted ("7m people"), else metres ("a 300m-long tunnel").
      if (countsThings(tokens, found.get().lastToken())) {
        measure = Optional.empty();
      } else if (written.isPresent() && value.compareTo(written.get().multiply(MILLION)) == 0) {
        value = written.get();
      }
    }
    if (measure.isPresent()) {
      end = Math.max(last, found.get().lastToken());
    }
    Span span = new Span(tokens.get(first).span().start(), tokens.get(end).span().end());
    if (digits.isPresent() && (digits.get().start() < span.start() || digits.get().end() > span.end())) {
      // A run of digits longer than a token (the tokenizer's input cuts runs of over 256 characters into words):
      // the number is the whole run, and so is its place.
      span = new Span(Math.min(span.start(), digits.get().start()), Math.max(span.end(), digits.get().end()));
    }
    return new StatedQuantity(
        new Quantity(span, span.of(text), value, unit, currency, qualifier, measure), first, end, written);
  }

  /** Digits as an article writes them: "5,000", "2.5", "9,999,999,999,999,999,999", "1e308". */
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");

  /** Thousands written with commas, or none: "5,000" but not "5,00" (a list, or a decimal comma). */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");

  /** Words after digits that multiply them: the pipeline's value is then not the digits alone. */
  private static final Pattern MULTIPLIER =
      Pattern.compile("(?i)hundreds?|thousands?|millions?|billions?|trillions?|dozens?|m|bn|mn|tn|k|b|lakh|crore");

  /** Digits count as significant up to here in a double: past it, the pipeline's value is the digits rounded. */
  private static final int DOUBLE_DIGITS = 15;

  /**
   * The run of digits the number's first numeric token starts, in the text itself (so a run the tokenizer cut
   * into several words is read whole); empty when the number is written in words or the run is no number.
   */
  private static Optional<Span> digitRun(String text, List<Token> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      Token token = tokens.get(i);
      int start = token.span().start();
      if (start < text.length() && Character.isDigit(text.charAt(start))) {
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
          start--;
        }
        Matcher m = DIGITS.matcher(text).region(start, text.length());
        // An exponent of over three digits (1e999999999) would be a number of a billion digits to write out or
        // subtract: such a run is not read exactly.
        if (!m.lookingAt() || (m.end() < text.length() && Character.isDigit(text.charAt(m.end())))) {
          return Optional.empty();
        }
        String run = m.group();
        // A trailing comma or period ends the sentence or the clause, not the number.
        int end = m.end();
        while (end > start && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
          end--;
        }
        run = text.substring(start, end);
        return GROUPED.matcher(run).matches() ? Optional.of(new Span(start, end)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static BigDecimal exactly(String run) {
    return new BigDecimal(run.replace(",", ""));
  }

  /**
   * Whether the number is exactly its written digits while the pipeline's value is not: the pipeline reads
   * numbers through a double, so past 15 digits it rounds them (9,999,999,999,999,999,999 became 1E+19) and it
   * misreads scientific notation ("1e308" as 1308). A multiplier word after the digits ("2.5 million") or a
   * value that differs otherwise ("7m" is 7,000,000) keeps the pipeline's value.
   */
  private static boolean exactlyMeant(
      BigDecimal exact, BigDecimal value, String run, List<Token> tokens, int first, int last) {
    if (exact.compareTo(value) == 0) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (MULTIPLIER.matcher(tokens.get(i).text()).matches() || MULTIPLIER.matcher(fusedSuffix(tokens.get(i).text())).matches()) {
        return false;
      }
    }
    if (run.indexOf('e') >= 0 || run.indexOf('E') >= 0) {
      return true;
    }
    if (exact.precision() > DOUBLE_DIGITS) {
      return true;
    }
    BigDecimal error = exact.subtract(value).abs();
    return error.compareTo(exact.abs().movePointLeft(DOUBLE_DIGITS - 3)) <= 0;
  }

  /** "bn" of "5bn", "m" of "7m": letters written straight after digits. */
  private static String fusedSuffix(String token) {
    int i = 0;
    while (i < token.length() && (Character.isDigit(token.charAt(i)) || token.charAt(i) == '.' || token.charAt(i) == ',')) {
      i++;
    }
    return i == 0 ? "" : token.substring(i);
  }

  private static boolean halfBefore(List<Token> tokens, int first) {
    return first >= 2
        && tokens.get(first - 2).text().equalsIgnoreCase("half")
        && (tokens.get(first - 1).text().equalsIgnoreCase("a") || tokens.get(first - 1).text().equalsIgnoreCase("an"));
  }

  /** The unit written after the last digits of the number: fused ("300m"), or the next words ("20-foot", "5 km"). */
  private static Optional<MeasureWords.Found> measure(List<Token> tokens, int first, int last) {
    int lastDigits = last;
    while (lastDigits > first && !tokens.get(lastDigits).isNumber()) {
      lastDigits--;
    }
    Optional<MeasureWords.Found> fused = MeasureWords.fused(tokens.get(lastDigits));
    if (fused.isPresent()) {
      return fused;
    }
    return MeasureWords.at(tokens, afterHyphen(tokens, lastDigits + 1));
  }

  /** Whether the word after the unit is a plural noun that the number counts ("7m people"). */
  private static boolean countsThings(List<Token> tokens, int unitToken) {
    int next = afterHyphen(tokens, unitToken + 1);
    return next < tokens.size()
        && (tokens.get(next).pos().equals("NNS") || tokens.get(next).pos().equals("NNPS"))
        && MeasureWords.at(tokens, next).isEmpty();
  }

  private static int afterHyphen(List<Token> tokens, int at) {
    return at < tokens.size() && tokens.get(at).text().equals("-") ? at + 1 : at;
  }

  /** The digits as written in the token ("2.5" of "2.5", "300" of "300m", "5000" of "5,000"); empty for words. */
  private static Optional<BigDecimal> written(Token token) {
    Matcher m = WRITTEN.matcher(token.text());
    return m.lookingAt() ? Optional.of(new BigDecimal(m.group().replace(",", ""))) : Optional.empty();
  }

  private static final Pattern WRITTEN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

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
}
