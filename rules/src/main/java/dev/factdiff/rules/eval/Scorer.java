package dev.factdiff.rules.eval;

import dev.factdiff.rules.json.FindingView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one case's findings exactly as {@code shared/tools/score-findings.py} does, so that the two agree: only
 * warnings and errors count; a finding matches a must item when its category is accepted, its severity reaches
 * the item's, and one of its places overlaps the item's place in that version (a place wider than {@value #WIDE}
 * characters proves nothing, except for a whole missing or added claim). A finding is at a place when any of its
 * places is (its first, or the further places of the same change); an item with {@code any_of} places is one item,
 * matched at any of them. A counted finding that matches no item (optional ones excepted, within their categories)
 * or that falls in a must_not place of its category (or one of its categories) is a false alarm.
 */
public final class Scorer {

  static final int WIDE = 400;

  private Scorer() {}

  public static CaseScore score(EvalCase c, List<FindingView> all) {
    List<FindingView> findings = all.stream().filter(f -> rank(f.severity(), -1) >= 1).toList();
    Map<String, Integer> hits = new LinkedHashMap<>();
    Map<String, Integer> totals = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (ExpectedItem must : c.must()) {
      totals.merge(must.category(), 1, Integer::sum);
      int floor = rank(must.severity(), 1);
      boolean found = false;
      for (int i = 0; i < findings.size(); i++) {
        FindingView f = findings.get(i);
        if (must.accept().contains(f.category()) && near(f, must) && rank(f.severity(), 0) >= floor) {
          found = true;
          used.add(i);
        }
      }
      if (found) {
        hits.merge(must.category(), 1, Integer::sum);
      } else {
        misses.add(must.category() + ": " + missedText(c, must));
      }
    }
    List<String> alarms = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      FindingView f = findings.get(i);
      boolean bad = c.mustNot().stream().anyMatch(n -> forbids(n, f.category()) && near(f, n));
      boolean excused =
          used.contains(i)
              || c.must().stream().anyMatch(m -> near(f, m))
              || c.optional().stream()
                  .anyMatch(o -> near(f, o) && o.categories().map(s -> s.contains(f.category())).orElse(true));
      if (bad || !excused) {
        FindingView.Place where = f.revised() != null ? f.revised() : f.original();
        String text = where == null || where.text() == null ? "" : where.text();
        alarms.add((f.category() + ": " + firstCodePoints(text, 50)).replace("\n", " "));
      }
    }
    return new CaseScore(c.id(), c.source(), c.must().isEmpty(), hits, totals, misses, alarms);
  }

  /** A must_not item forbids the categories it lists, else its one category, where "ANY" forbids every one. */
  private static boolean forbids(ExpectedItem mustNot, String category) {
    return mustNot
        .categories()
        .map(names -> names.contains(category))
        .orElse(mustNot.category().equals("ANY") || mustNot.category().equals(category));
  }

  private static boolean near(FindingView f, ExpectedItem item) {
    for (ItemPlace itemPlace : item.places()) {
      for (FindingView.Places view : f.allPlaces()) {
        if (nearOnSide(view.original(), f.category(), itemPlace.original())
            || nearOnSide(view.revised(), f.category(), itemPlace.revised())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nearOnSide(FindingView.Place fp, String category, Optional<Place> itemPlace) {
    if (fp == null || itemPlace.isEmpty()) {
      return false;
    }
    Place place = Place.widened(fp.start(), fp.end());
    boolean wholeClaim = "CLAIM_MISSING".equals(category) || "CLAIM_ADDED".equals(category);
    return (place.width() <= WIDE || wholeClaim) && place.overlaps(itemPlace.get());
  }

  /** The scorer's ranks: info 0, warning 1, error 2; anything else {@code otherwise}. */
  static int rank(String severity, int otherwise) {
    switch (String.valueOf(severity).toLowerCase(Locale.ROOT)) {
      case "info":
        return 0;
      case "warning":
        return 1;
      case "error":
        return 2;
      default:
        return otherwise;
    }
  }

  private static String missedText(EvalCase c, ExpectedItem must) {
    Optional<Place> place = must.revised().isPresent() ? must.revised() : must.original();
    String text = must.revised().isPresent() ? c.revised() : c.original();
    if (place.isEmpty()) {
      return "?";
    }
    Place p = place.get();
    String excerpt = text.substring(Math.max(0, Math.min(p.start(), text.length())), Math.min(p.end(), text.length()));
    return firstCodePoints(excerpt, 50).replace("\n", " ");
  }

  private static String firstCodePoints(String text, int n) {
    int end = text.offsetByCodePoints(0, Math.min(n, text.codePointCount(0, text.length())));
    return text.substring(0, end);
  }
}
