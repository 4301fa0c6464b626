package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A word changed in one part only, which WordNet cannot judge since it lists neither compound: a qualifying
 * prefix added or dropped ("semi-pro" against "pro", "ex-minister" against "minister"), or one unit of time for
 * another ("minute-long" against "hour-long", where WordNet even shares a sense between "minute" and "hour").
 */
final class CompoundChange {

  /** Prefixes that make the word name something else: a semi-professional is not a professional. */
  private static final Set<String> QUALIFIERS =
      Set.of("semi", "ex", "non", "anti", "co", "vice", "sub", "quasi", "pseudo", "half", "pre", "post", "mid");

  private static final Set<String> UNITS =
      Set.of("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century");

  /** How the compound changed, for the message. */
  record Change(Token original, Token revised, String explanation) {}

  private CompoundChange() {}

  /**
   * The change when one word alone replaced another in the region and they differ in one part as above. Units
   * inside a time expression are left to the date rule ("three weeks", "three months").
   */
  static Optional<Change> in(EditRegion region, Side original, Side revised) {
    List<Token> before = words(region.originalTokens());
    List<Token> after = words(region.revisedTokens());
    if (before.size() != 1 || after.size() != 1) {
      return Optional.empty();
    }
    Token o = before.get(0);
    Token r = after.get(0);
    List<String> a = parts(o);
    List<String> b = parts(r);
    if (a.size() == b.size() + 1 && QUALIFIERS.contains(a.get(0)) && a.subList(1, a.size()).equals(b)) {
      return Optional.of(new Change(o, r, "the revision drops " + Findings.quote(a.get(0) + "-")));
    }
    if (b.size() == a.size() + 1 && QUALIFIERS.contains(b.get(0)) && b.subList(1, b.size()).equals(a)) {
      return Optional.of(new Change(o, r, "the revision adds " + Findings.quote(b.get(0) + "-")));
    }
    if (a.size() == b.size()) {
      int differing = -1;
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          if (differing >= 0) {
            return Optional.empty();
          }
          differing = i;
        }
      }
      if (differing >= 0 && UNITS.contains(unit(a.get(differing))) && UNITS.contains(unit(b.get(differing)))
          && !unit(a.get(differing)).equals(unit(b.get(differing))) && !original.inTime(o) && !revised.inTime(r)) {
        return Optional.of(new Change(o, r, "another unit of time"));
      }
    }
    return Optional.empty();
  }

  private static List<Token> words(List<Token> tokens) {
    return tokens.stream().filter(t -> !t.isPunctuation()).toList();
  }

  private static List<String> parts(Token token) {
    return Arrays.asList(token.text().toLowerCase(Locale.ROOT).split("-", -1));
  }

  /** "minutes" and "minute" are one unit. */
  private static String unit(String part) {
    return part.endsWith("s") && UNITS.contains(part.substring(0, part.length() - 1))
        ? part.substring(0, part.length() - 1)
        : part;
  }
}
