package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
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
                  "They stayed without council approval.")));

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
      List<Negation> before = within(original, region.originalTokens());
      List<Negation> after = within(revised, region.revisedTokens());
      if (before.size() == after.size()) {
        continue;
      }
      boolean removed = before.size() > after.size();
      Negation n = removed ? before.get(after.size()) : after.get(before.size());
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

  private static List<Negation> within(List<Negation> negations, List<Token> tokens) {
    return negations.stream().filter(n -> tokens.stream().anyMatch(t -> t.span().overlaps(n.span()))).toList();
  }
}
