package dev.factdiff.core.parse;

import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence can hold a time expression: it has a digit or a word of the closed temporal vocabulary
 * (months, weekdays, calendar units, deictic time words). Number words and "first", "last" or "next" need a
 * unit word ("two years", "last week") to name a time, so they are not cues of their own. Date recognition is the costliest step of parsing, so
 * it runs only on such sentences; a false "yes" costs time, a false "no" would lose a date, so the list errs wide.
 */
final class TemporalCues {

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

  private TemporalCues() {}

  static boolean mayHoldTime(List<Token> tokens) {
    for (Token token : tokens) {
      String word = token.text().toLowerCase(Locale.ROOT);
      if (word.chars().anyMatch(Character::isDigit) || WORDS.contains(word)
          || WORDS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
