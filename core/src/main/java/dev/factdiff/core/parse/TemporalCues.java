package dev.factdiff.core.parse;

import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where time expressions can be. A sentence can hold one when it has a digit or a word of the closed temporal
 * vocabulary (months, weekdays, calendar units, deictic time words). Number words and "first", "last" or "next"
 * need a unit word ("two years", "last week") to name a time, so they are not cues of their own. Date recognition
 * is the costliest step of parsing, so it runs only on such sentences; a false "yes" costs time, a false "no" would
 * lose a date, so the list errs wide.
 *
 * <p>Within such a sentence, date recognition runs only on {@linkplain #windows windows} around the words it can
 * read as part of a time expression: its rules match a few tokens at a time, so the tokens far from any such word
 * only cost time (the matcher's work grows with the length of what it reads).
 */
final class TemporalCues {

  /**
   * Tokens kept on each side of a window word: SUTime's longest patterns put about five tokens of modifiers before
   * a unit ("about the end of the next year") and its context rules look two tokens away.
   */
  static final int CONTEXT = 6;

  private static final Set<String> WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
          "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "year", "month", "week", "day", "decade",
          "century", "millennium", "hour", "minute", "second", "fortnight", "weekend", "weekday", "season",
          "quarter", "semester", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
          "night", "midnight", "noon", "midday", "dawn", "dusk", "overnight", "ago", "spring", "summer",
          "autumn", "fall", "winter", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly",
          "recent", "recently", "lately", "now", "currently", "nowadays", "soon", "earlier", "later", "once",
          "past", "future", "present", "previously", "anniversary", "era", "christmas", "easter", "eve",
          "holiday", "ramadan", "eid", "thanksgiving", "halloween", "am", "pm", "a.m.", "p.m.", "gmt", "utc",
          "bc", "ad", "bce", "ce");

  /**
   * Words that do not make a sentence worth reading for dates, but that SUTime's English rules read as a time
   * expression or part of one once it runs (from {@code english.sutime.txt} and {@code english.holidays.sutime.txt}):
   * vague times ("current", "at the time"), times of day, periodic sets, abbreviated units, decades in words,
   * holiday names, and number words and ordinals ("nineteen eighty", "the fourth of July").
   */
  private static final Set<String> EXPRESSION_WORDS =
      Set.of(
          "time", "current", "medieval", "lunchtime", "teatime", "dinnertime", "suppertime", "twilight", "sunrise",
          "sunup", "sundown", "sunset", "daybreak", "daylight", "daytime", "nighttime", "nightly", "quarterly",
          "centennial", "tonite", "ides", "hence", "nones", "yr", "yrs", "mo", "mos", "hr", "hrs", "min", "mins",
          "sec", "secs", "wk", "wks", "millisecond", "millisec", "millennia", "millenia", "millenium", "centuries",
          "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties", "fy", "q1", "q2", "q3", "q4", "valentine", "patrick", "fools", "mayo", "inauguration",
          "groundhog", "memorial", "labor", "labour", "columbus", "mlk", "xmas", "x-mas", "twice", "thrice", "one",
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
          "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
          "dozen", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
          "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
          "hundredth");

  /** Every word of the temporal vocabulary, cues and expression words alike (for the test against SUTime). */
  static Set<String> vocabulary() {
    Set<String> all = new TreeSet<>(WORDS);
    all.addAll(EXPRESSION_WORDS);
    return all;
  }

  /** A run of tokens, {@code from} inclusive and {@code to} exclusive, indices into the sentence's tokens. */
  record Window(int from, int to) {}

  private TemporalCues() {}

  static boolean mayHoldTime(List<Token> tokens) {
    for (Token token : tokens) {
      if (isCue(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The runs of a sentence that can hold its time expressions: each word that can be part of one, with
   * {@link #CONTEXT} tokens on either side, overlapping or touching runs merged, in order.
   */
  static List<Window> windows(List<Token> tokens) {
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isCue(tokens.get(i)) && !isExpressionWord(tokens.get(i))) {
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int to = Math.min(tokens.size(), i + CONTEXT + 1);
      Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && last.to() >= from) {
        windows.set(windows.size() - 1, new Window(last.from(), to));
      } else {
        windows.add(new Window(from, to));
      }
    }
    return windows;
  }

  private static boolean isCue(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return word.chars().anyMatch(Character::isDigit) || WORDS.contains(word)
        || WORDS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A word SUTime can read as (part of) a time expression, alone or in a hyphenated compound ("mid-century"). */
  private static boolean isExpressionWord(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    if (EXPRESSION_WORDS.contains(word)) {
      return true;
    }
    for (String part : word.split("[-\u2013]")) {
      if (WORDS.contains(part) || EXPRESSION_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
