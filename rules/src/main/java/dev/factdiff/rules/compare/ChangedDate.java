package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date or time of an aligned claim that the revision states differently ("last week" against "last month",
 * 2015 against 2016), or that only one version has. A relative date and an absolute one are compared only when
 * both resolve to a calendar date. A date in one version only is a warning where the rest of the sentence kept
 * its order, info in a free rewording.
 */
public final class ChangedDate implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_DATE",
          Category.DATE_MISMATCH,
          Severity.ERROR,
          "A date or time in a sentence differs between the versions, or is in one version only.",
          List.of(
              Example.flags(
                  "The ceasefire came into effect [[last week]].", "The ceasefire came into effect [[last month]]."),
              Example.flags("The war began in [[March 2011]].", "The war began in [[May 2011]]."),
              Example.flags(
                  "The ring was last seen three weeks [[before]] she died.",
                  "The ring was last seen three weeks [[after]] she died."),
              Example.flags(
                  "The bakery on the square opened [[earlier]] this week.",
                  "The bakery on the square opened [[later]] this week."),
              Example.flags(
                  "The club plans to sign two defenders in the [[summer]] window.",
                  "The club plans to sign two defenders in the [[winter]] window."),
              Example.passes(
                  "The talks collapsed shortly before the vote.", "The talks collapsed shortly prior to the vote."),
              Example.passes(
                  "He won a fourth term in the May elections.", "He won a fourth term in the elections in May."),
              Example.passes("The talks were held on Monday night.", "On Monday night, the talks were held."),
              Example.passes(
                  "She announced her candidacy last night in the capital.",
                  "She announced her candidacy yesterday evening in the capital."),
              Example.flags(
                  "She announced her candidacy [[last night]] in the capital.",
                  "She announced her candidacy [[yesterday morning]] in the capital.")));

  /** A TIMEX3 value that names a season: spring, summer, fall, winter. */
  private static final Pattern SEASON = Pattern.compile(".*-(SP|SU|FA|WI)");
  /** A TIMEX3 value that names a calendar year, month or day. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}){0,2}.*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Side originalSide = new Side(pair.original());
    Side revisedSide = new Side(pair.revised());
    List<TimeExpression> original = new ArrayList<>(originalSide.times());
    List<TimeExpression> revised = new ArrayList<>(revisedSide.times());
    for (TimeExpression o : List.copyOf(original)) {
      Optional<TimeExpression> same = revised.stream().filter(r -> same(o, r)).findFirst();
      if (same.isPresent()) {
        revised.remove(same.get());
        original.remove(o);
      }
    }
    original.removeIf(o -> mentioned(o, revisedSide.text()));
    revised.removeIf(r -> mentioned(r, originalSide.text()));
    for (TimeExpression o : List.copyOf(original)) {
      Optional<TimeExpression> counterpart =
          revised.stream().filter(r -> comparable(o, r)).findFirst();
      if (counterpart.isEmpty()) {
        continue;
      }
      TimeExpression r = counterpart.get();
      revised.remove(r);
      original.remove(o);
      if (Claims.mentionsTime(Claims.near(alignment.revised(), pair.revised()), o) && Claims.mentionsTime(Claims.near(alignment.original(), pair.original()), r)) {
        continue;
      }
      findings.add(
          Findings.of(
              INFO,
              settled(o) && settled(r) ? Severity.ERROR : Severity.INFO,
              "The date changed: the original says " + Findings.quote(o.text()) + ", the revision "
                  + Findings.quote(r.text()) + ".",
              alignment,
              Optional.of(o.span()),
              Optional.of(r.span()),
              ImmutableMap.of("original", o.value(), "revised", r.value())));
    }
    boolean close = WordOrder.close(pair);
    for (TimeExpression o : original) {
      if (o.type() != TimeExpression.Type.DURATION && !Claims.mentionsTime(Claims.near(alignment.revised(), pair.revised()), o)) {
        findings.add(
            Findings.of(
                INFO,
                settled(o) && WordOrder.frames(pair, true) ? Severity.WARNING : Severity.INFO,
                "The date " + Findings.quote(o.text()) + " is not in the revision of this sentence.",
                alignment,
                Optional.of(o.span()),
                Optional.empty(),
                ImmutableMap.of("original", o.value())));
      }
    }
    for (TimeExpression r : revised) {
      if (r.type() != TimeExpression.Type.DURATION && !Claims.mentionsTime(Claims.near(alignment.original(), pair.original()), r)) {
        findings.add(
            Findings.of(
                INFO,
                settled(r) && WordOrder.frames(pair, false) ? Severity.WARNING : Severity.INFO,
                "The date " + Findings.quote(r.text()) + " is not in the original of this sentence.",
                alignment,
                Optional.empty(),
                Optional.of(r.span()),
                ImmutableMap.of("revised", r.value())));
      }
    }
    for (EditRegion region : EditRegion.of(pair)) {
      TimeOrder.swapped(region, originalSide.tokens(), revisedSide.tokens())
          .filter(words -> findings.stream().noneMatch(f -> f.original().filter(e -> e.span().overlaps(words.get(0).span())).isPresent()))
          .ifPresent(
              words ->
                  findings.add(
                      Findings.of(
                          INFO,
                          close ? Severity.WARNING : Severity.INFO,
                          "The time order changed: " + Findings.quote(words.get(0).text()) + " became "
                              + Findings.quote(words.get(1).text()) + ".",
                          alignment,
                          Optional.of(words.get(0).span()),
                          Optional.of(words.get(1).span()),
                          ImmutableMap.of("original", words.get(0).text(), "revised", words.get(1).text()))));
    }
    return findings;
  }

  /**
   * A time the normalizer pinned down: a year, month, weekday or counted offset has a digit in its value, a
   * season its code ("XXXX-SU"); "the early years" or "at the time" has neither, and is only reported as info.
   */
  private static boolean settled(TimeExpression t) {
    return t.value().chars().anyMatch(Character::isDigit) || SEASON.matcher(t.value()).matches();
  }

  private static boolean same(TimeExpression a, TimeExpression b) {
    return (!a.value().isEmpty() && canonical(a.value()).equals(canonical(b.value())))
        || Words.bare(a.text()).equals(Words.bare(b.text()));
  }

  /** The evening or night of a day ("TNI", "EV"): they overlap, and "last night" is "yesterday evening". */
  private static final Pattern EVENING_OR_NIGHT = Pattern.compile("T?(NI|EV)\\b");

  /**
   * A value whose parts are in one order, with evening and night as one: the normalizer writes "last night" as
   * "TNI OFFSET P-1D" and "yesterday evening" as "OFFSET P-1D INTERSECT EV".
   */
  private static String canonical(String value) {
    String merged = EVENING_OR_NIGHT.matcher(value).replaceAll(" EVENING ");
    return Arrays.stream(merged.split("\\s+"))
        .filter(part -> !part.isEmpty() && !part.equals("INTERSECT"))
        .sorted()
        .collect(Collectors.joining(" "));
  }

  /** Whether the words of the expression stand in the other text anyway (the parser split them differently). */
  private static boolean mentioned(TimeExpression time, String otherText) {
    String words = Words.bare(time.text());
    return !words.isEmpty() && Words.bare(otherText).contains(words);
  }

  /**
   * Two expressions that can contradict each other: of one type, and either both relative or both on the
   * calendar (a relative date against an absolute one is settled only by the article's own date).
   */
  private static boolean comparable(TimeExpression a, TimeExpression b) {
    if (a.type() != b.type()) {
      return false;
    }
    boolean calendarA = CALENDAR.matcher(a.value()).matches();
    boolean calendarB = CALENDAR.matcher(b.value()).matches();
    if (a.relative() != b.relative()) {
      return calendarA && calendarB;
    }
    return !a.value().toLowerCase(Locale.ROOT).equals(b.value().toLowerCase(Locale.ROOT));
  }
}
