package dev.factdiff.core.parse;

import static java.util.Map.entry;

import dev.factdiff.core.model.Measure;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How English writes units of measurement after a number: words ("feet", "kilometres"), symbols ("km", "°C"),
 * phrases ("square miles", "degrees Celsius", "miles per hour") and symbols fused to the digits ("300m", "5km").
 * Closed-class vocabulary of the language, like the hedges before a number.
 */
final class MeasureWords {

  private MeasureWords() {}

  /** A unit found in the tokens, and the index of its last token. */
  record Found(Measure measure, int lastToken, boolean metreSymbol) {}

  private static final Map<String, Measure> WORDS =
      Map.ofEntries(
          entry("mm", Measure.MILLIMETRE),
          entry("millimetre", Measure.MILLIMETRE),
          entry("millimeter", Measure.MILLIMETRE),
          entry("cm", Measure.CENTIMETRE),
          entry("centimetre", Measure.CENTIMETRE),
          entry("centimeter", Measure.CENTIMETRE),
          entry("m", Measure.METRE),
          entry("metre", Measure.METRE),
          entry("meter", Measure.METRE),
          entry("km", Measure.KILOMETRE),
          entry("kilometre", Measure.KILOMETRE),
          entry("kilometer", Measure.KILOMETRE),
          entry("inch", Measure.INCH),
          entry("inche", Measure.INCH),
          entry("ft", Measure.FOOT),
          entry("foot", Measure.FOOT),
          entry("feet", Measure.FOOT),
          entry("yd", Measure.YARD),
          entry("yard", Measure.YARD),
          entry("mile", Measure.MILE),
          entry("mi", Measure.MILE),
          entry("hectare", Measure.HECTARE),
          entry("acre", Measure.ACRE),
          entry("gram", Measure.GRAM),
          entry("gramme", Measure.GRAM),
          entry("kg", Measure.KILOGRAM),
          entry("kilogram", Measure.KILOGRAM),
          entry("kilogramme", Measure.KILOGRAM),
          entry("kilo", Measure.KILOGRAM),
          entry("tonne", Measure.TONNE),
          entry("ton", Measure.TONNE),
          entry("oz", Measure.OUNCE),
          entry("ounce", Measure.OUNCE),
          entry("lb", Measure.POUND),
          entry("pound", Measure.POUND),
          entry("ml", Measure.MILLILITRE),
          entry("millilitre", Measure.MILLILITRE),
          entry("milliliter", Measure.MILLILITRE),
          entry("litre", Measure.LITRE),
          entry("liter", Measure.LITRE),
          entry("gallon", Measure.GALLON),
          entry("barrel", Measure.BARREL),
          entry("km/h", Measure.KILOMETRE_PER_HOUR),
          entry("kph", Measure.KILOMETRE_PER_HOUR),
          entry("kmh", Measure.KILOMETRE_PER_HOUR),
          entry("mph", Measure.MILE_PER_HOUR),
          entry("knot", Measure.KNOT),
          entry("m/s", Measure.METRE_PER_SECOND),
          entry("°c", Measure.CELSIUS),
          entry("°f", Measure.FAHRENHEIT));

  /** Symbols written fused to the digits: "300m", "5km", "10kg". */
  private static final Pattern FUSED = Pattern.compile("[\\d.,]+(mm|cm|m|km|kg|ft|mph|kph|lbs?|ml)");

  private static final Map<Measure, Measure> SQUARED =
      Map.of(
          Measure.METRE, Measure.SQUARE_METRE,
          Measure.FOOT, Measure.SQUARE_FOOT,
          Measure.KILOMETRE, Measure.SQUARE_KILOMETRE,
          Measure.MILE, Measure.SQUARE_MILE);

  /** A word before a unit that makes another unit of it: "square miles", "cubic metres", "nautical miles". */
  private static final Map<String, Map<Measure, Measure>> COMPOUNDS =
      Map.of(
          "square", SQUARED,
          "sq", SQUARED,
          "cubic", Map.of(Measure.METRE, Measure.CUBIC_METRE),
          "nautical", Map.of(Measure.MILE, Measure.NAUTICAL_MILE));

  private static final Map<Measure, Measure> PER_HOUR =
      Map.of(Measure.KILOMETRE, Measure.KILOMETRE_PER_HOUR, Measure.MILE, Measure.MILE_PER_HOUR);

  private static final Map<String, Measure> DEGREES =
      Map.of(
          "celsius", Measure.CELSIUS,
          "centigrade", Measure.CELSIUS,
          "c", Measure.CELSIUS,
          "fahrenheit", Measure.FAHRENHEIT,
          "f", Measure.FAHRENHEIT);

  /** The unit a number token has fused to its digits ("300m"), if any. */
  static Optional<Found> fused(Token number) {
    Matcher m = FUSED.matcher(number.text().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String symbol = m.group(1);
    return Optional.of(new Found(WORDS.get(singular(symbol)), number.index(), symbol.equals("m")));
  }

  /** The unit written from token {@code at} on, if one is. */
  static Optional<Found> at(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    String word = word(tokens, at);
    Map<Measure, Measure> compound = COMPOUNDS.get(word);
    if (compound != null) {
      return single(tokens, at + 1)
          .filter(f -> compound.containsKey(f.measure()))
          .map(f -> new Found(compound.get(f.measure()), f.lastToken(), false));
    }
    if (word.equals("degree") || word.equals("°")) {
      Measure scale = at + 1 < tokens.size() ? DEGREES.get(lower(tokens.get(at + 1))) : null;
      return Optional.ofNullable(scale).map(m -> new Found(m, at + 1, false));
    }
    return single(tokens, at).flatMap(f -> rate(tokens, f));
  }

  private static Optional<Found> single(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    String word = word(tokens, at);
    Measure measure = WORDS.get(word);
    return Optional.ofNullable(measure).map(m -> new Found(m, at, word.equals("m")));
  }

  /**
   * "kilometres per hour", "km / h": a length per hour is a speed. Other rates ("kilometres per minute", "litres
   * per person") are not units this reads, and their number gets none.
   */
  private static Optional<Found> rate(List<Token> tokens, Found unit) {
    int next = unit.lastToken() + 1;
    if (next + 1 >= tokens.size() || !RATE.contains(word(tokens, next))) {
      return Optional.of(unit);
    }
    Measure speed = PER_HOUR.get(unit.measure());
    String per = word(tokens, next + 1);
    if (speed != null && (per.equals("hour") || per.equals("h"))) {
      return Optional.of(new Found(speed, next + 1, false));
    }
    return Optional.empty();
  }

  private static final Set<String> RATE = Set.of("per", "/", "a", "an", "each");

  private static String word(List<Token> tokens, int at) {
    return singular(lower(tokens.get(at)));
  }

  /** The token in lower case, without the full stop a sentence-final abbreviation keeps ("40 m."). */
  private static String lower(Token token) {
    String text = token.text().toLowerCase(Locale.ROOT);
    return text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** "metres" to "metre", "inches" to "inche" (listed so), "lbs" to "lb"; "feet" stays. */
  private static String singular(String word) {
    if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.equals("kms")) {
      return word.substring(0, word.length() - 1);
    }
    return word.equals("kms") ? "km" : word;
  }
}
