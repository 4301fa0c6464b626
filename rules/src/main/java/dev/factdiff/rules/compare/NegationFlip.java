package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A negation added or removed in an aligned sentence ("were an obstacle", "were not an obstacle"): the
 * versions hold more negations on one side, and the extra one lies in the words the revision changed.
 */
public final class NegationFlip implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "NEGATION_FLIP",
          Category.NEGATION_FLIP,
          Severity.ERROR,
          "A negation was added or removed, so the sentence now says the opposite.",
          List.of(
              Example.flags(
                  "The foreign troops were an obstacle to the talks.",
                  "The foreign troops were [[not]] an obstacle to the talks."),
              Example.flags(
                  "The minister has [[never]] visited the region.", "The minister has visited the region."),
              Example.passes(
                  "The army did not withdraw from the city.", "The army didn't withdraw from the city."),
              Example.passes(
                  "They stayed without the approval of the council.",
                  "They stayed without council approval."),
              Example.flags(
                  "He did not go, and his brother did.", "He did not go, [[nor]] did his brother."),
              Example.passes(
                  "They did not grow corn, potatoes or cocoa.", "They didn't grow corn, nor potatoes, nor cocoa."),
              Example.passes(
                  "The foods are cheap and they keep well.",
                  "The foods are not only cheap, but they also keep well."),
              Example.passes(
                  "I wonder if you know that prices rose.", "I wonder if you know it or not, but prices rose."),
              Example.passes("He retired shortly after the race.", "He retired not long after the race."),
              Example.passes(
                  "Whether the ferry will sail is still unclear.", "Whether the ferry will sail is not clear yet."),
              Example.passes("It feared only other sharks.", "It feared nothing but other sharks."),
              Example.passes(
                  "\u201cThis will not be a farewell; it is the end of a chapter.\u201d",
                  "\u201cThis is not going to be goodbye. This is the close of a chapter.\u201d")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Negation> original = new Side(pair.original()).negations();
    List<Negation> revised = new Side(pair.revised()).negations();
    for (EditRegion region : EditRegion.of(pair)) {
      List<Negation> before = EditRegion.within(original, Negation::span, region.originalTokens());
      List<Negation> after = EditRegion.within(revised, Negation::span, region.revisedTokens());
      if (before.size() == after.size() || Opposites.cancelNegation(region, before.size(), after.size())) {
        // Equal counts, or a negation that goes with an opposite ("still unclear" / "not clear"): the same claim.
        continue;
      }
      boolean removed = before.size() > after.size();
      Negation n = removed ? before.get(after.size()) : after.get(before.size());
      if (splitOff(alignment, pair, n, removed)) {
        continue;
      }
      findings.add(
          Findings.of(
              INFO,
              Severity.ERROR,
              removed
                  ? "The revision drops the negation " + Findings.quote(n.cue()) + ": it now affirms what the original denied."
                  : "The revision adds the negation " + Findings.quote(n.cue()) + ": it now denies what the original affirmed.",
              alignment,
              removed ? Optional.of(n.span()) : region.originalExtent(),
              removed ? region.revisedExtent() : Optional.of(n.span()),
              ImmutableMap.of(
                  "negations in the original", Integer.toString(before.size()),
                  "negations in the revision", Integer.toString(after.size()),
                  "cue", n.cue().toLowerCase(Locale.ROOT))));
    }
    return findings;
  }

  /**
   * Whether the negation went with a part of the sentence that the other version wrote as a sentence of its own,
   * next to the pair and linked to nothing ("This will not be a farewell; it is an end." / "This is not goodbye.
   * This is an end.").
   */
  private static boolean splitOff(Alignment alignment, AlignedPair pair, Negation n, boolean removed) {
    List<Sentence> linked = removed ? pair.revised() : pair.original();
    int first = linked.get(0).index();
    int last = linked.get(linked.size() - 1).index();
    return (removed ? alignment.added() : alignment.dropped()).stream()
        .flatMap(p -> (removed ? p.revised() : p.original()).stream())
        .filter(s -> s.index() == first - 1 || s.index() == last + 1)
        .flatMap(s -> s.claim().negations().stream())
        .anyMatch(other -> plain(other.cue()).equals(plain(n.cue())));
  }

  /** "n't" and "cannot" are "not". */
  private static String plain(String cue) {
    String c = cue.toLowerCase(Locale.ROOT);
    return c.equals("n't") || c.equals("cannot") ? "not" : c;
  }
}
