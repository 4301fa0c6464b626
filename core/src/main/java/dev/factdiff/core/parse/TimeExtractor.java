package dev.factdiff.core.parse;

import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.TimeExpression.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the pipeline's temporal mentions into {@link TimeExpression} records with TIMEX3 values. */
final class TimeExtractor {

  /** A calendar date or time that needs no reference date: 2011, 2011-03, 2011-03-15, 2011-03-15T10:00. */
  private static final Pattern ABSOLUTE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(T[\\d:]+)?|\\d{3}X|\\d{2}XX");

  private TimeExtractor() {}

  static List<TimeExpression> extract(AnnotatedSentence sentence) {
    List<TimeExpression> times = new ArrayList<>();
    for (EntitySpan entity : sentence.entities()) {
      Type type = typeOf(entity.type());
      if (type == null) {
        continue;
      }
      String value = entity.normalized().strip();
      boolean relative = (type == Type.DATE || type == Type.TIME) && !ABSOLUTE.matcher(value).matches();
      times.add(new TimeExpression(entity.span(), entity.text(), type, value, relative));
    }
    return times;
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
