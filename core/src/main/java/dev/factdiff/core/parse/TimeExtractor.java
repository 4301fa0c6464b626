package dev.factdiff.core.parse;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.Token;
import java.time.Month;
import java.time.YearMonth;
import dev.factdiff.core.model.TimeExpression.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the pipeline's temporal mentions into {@link TimeExpression} records with TIMEX3 values. */
final class TimeExtractor {

  /** A calendar date or time that needs no reference date: 2011, 2011-03, 2011-03-15, 2011-03-15T10:00. */
  private static final Pattern ABSOLUTE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(T[\\d:]+)?|\\d{3}X|\\d{2}XX");

  private TimeExtractor() {}

  /** A month with no day: "XXXX-02", "2024-02". */
  private static final Pattern MONTH = Pattern.compile("(XXXX|\\d{4})-(\\d{2})");
  /** A day of the month as written next to its name: "30", "30th", "31st". */
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

  static List<TimeExpression> extract(String text, AnnotatedSentence sentence) {
    List<TimeExpression> times = new ArrayList<>();
    for (EntitySpan entity : sentence.entities()) {
      Type type = typeOf(entity.type());
      if (type == null) {
        continue;
      }
      String value = entity.normalized().strip();
      boolean relative = (type == Type.DATE || type == Type.TIME) && !ABSOLUTE.matcher(value).matches();
      Span span = entity.span();
      Matcher month = MONTH.matcher(value);
      if (type == Type.DATE && month.matches()) {
        // SUTime drops a day the month does not have ("February 30" is read as February): keep the day as written,
        // so that "February 30" and "February 31" differ as the text says they do.
        Optional<Token> day = impossibleDay(sentence.tokens(), entity, Integer.parseInt(month.group(2)), month.group(1));
        if (day.isPresent()) {
          span = new Span(Math.min(span.start(), day.get().span().start()), Math.max(span.end(), day.get().span().end()));
          Matcher digits = DAY.matcher(day.get().text());
          digits.matches();
          value = value + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(digits.group(1)));
        }
      }
      String written = span.equals(entity.span()) ? entity.text() : span.of(text);
      times.add(new TimeExpression(span, written, type, value, relative));
    }
    return times;
  }

  /** The day written right before or after the month's name, when that month has no such day (up to 31). */
  private static Optional<Token> impossibleDay(List<Token> tokens, EntitySpan entity, int month, String year) {
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    int days = year.equals("XXXX") ? Month.of(month).maxLength() : YearMonth.of(Integer.parseInt(year), month).lengthOfMonth();
    for (int at : new int[] {entity.lastToken() + 1, entity.firstToken() - 1}) {
      if (at < 0 || at >= tokens.size()) {
        continue;
      }
      Matcher digits = DAY.matcher(tokens.get(at).text());
      // The tagger read it as part of the date; a count after a month ("in May 40 people") it reads as a number.
      if (digits.matches() && tokens.get(at).ner().equals("DATE")
          && Integer.parseInt(digits.group(1)) > days && Integer.parseInt(digits.group(1)) <= 31) {
        return Optional.of(tokens.get(at));
      }
    }
    return Optional.empty();
  }

  private static Type typeOf(String nerType) {
    switch (nerType) {
      case "DATE":
        return Type.DATE;
      case "TIME":
        return Type.TIME;
      case "DURATION":
        return Type.DURATION;
      case "SET":
        return Type.SET;
      default:
        return null;
    }
  }
}
