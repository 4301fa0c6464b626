package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sentence whose words are (nearly) all still there but in another order, far beyond moving a clause: who
 * did what to whom can no longer be read. Fronting a phrase ("On Monday, ...") keeps most of the order and
 * passes.
 */
public final class ScrambledWords implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SCRAMBLED_WORDS",
          Category.MEANING_CHANGED,
          Severity.WARNING,
          "The revision keeps a sentence's words but scrambles their order, so it no longer says the same thing.",
          List.of(
              Example.flags(
                  "The committee approved the new budget for the city schools on Monday.",
                  "[[Schools the budget on committee new approved city for the Monday the.]]"),
              Example.passes(
                  "The committee approved the new budget for the city schools on Monday.",
                  "On Monday, the committee approved the new budget for the city schools.")));

  /** At least this share of the words must be shared for a reordering to be told from a rewrite. */
  private static final double SAME_WORDS = 0.8;
  /** Below this share of words in the original order, the sentence is scrambled. */
  private static final double KEPT_ORDER = 0.6;
  private static final int SHORTEST = 5;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** How much of a pair's words the revision keeps, and how much of them in order. */
  record Scramble(double shared, double ordered) {}

  /** The pair's measures when its words were kept but their order lost; empty otherwise. */
  static Optional<Scramble> of(AlignedPair pair) {
    List<String> a = WordOrder.words(new Side(pair.original()).tokens());
    List<String> b = WordOrder.words(new Side(pair.revised()).tokens());
    int longer = Math.max(a.size(), b.size());
    if (Math.min(a.size(), b.size()) < SHORTEST) {
      return Optional.empty();
    }
    double shared = (double) sharedCount(a, b) / longer;
    double ordered = (double) WordOrder.commonSubsequence(a, b) / longer;
    return shared >= SAME_WORDS && ordered < KEPT_ORDER ? Optional.of(new Scramble(shared, ordered)) : Optional.empty();
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    return of(pair)
        .map(
            scramble ->
                List.of(
                    Findings.of(
                        INFO,
                        Severity.WARNING,
                        String.format(
                            "The revision keeps %.0f%% of the sentence's words but only %.0f%% of them in order: %s",
                            100 * scramble.shared(), 100 * scramble.ordered(), Findings.quote(revised.text())),
                        alignment,
                        Optional.of(original.extent()),
                        Optional.of(revised.extent()),
                        ImmutableMap.of(
                            "shared words", String.format("%.2f", scramble.shared()),
                            "in order", String.format("%.2f", scramble.ordered())))))
        .orElse(List.of());
  }

  private static int sharedCount(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    a.forEach(w -> counts.merge(w, 1, Integer::sum));
    int shared = 0;
    for (String w : b) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        counts.put(w, n - 1);
        shared++;
      }
    }
    return shared;
  }
}
