package dev.factdiff.rules.compare;

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
import java.util.Map;
import java.util.Optional;

/**
 * A negation added or removed in an aligned sentence ("were an obstacle", "were not an obstacle"): the
 * versions hold more negations on one side, and the extra one lies in the words the revision changed.
 */
public final class NegationFlip implements CrossVersionRule {

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
  public List<Finding> check(Alignment alignment, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (!pair.isMatched()) {
        continue;
      }
      List<Negation> original = new Side(pair.original()).negations();
      List<Negation> revised = new Side(pair.revised()).negations();
      if (original.size() == revised.size()) {
        continue;
      }
      List<EditRegion> regions = EditRegion.of(pair);
      boolean removed = original.size() > revised.size();
      List<Negation> more = removed ? original : revised;
      Optional<Negation> changed =
          more.stream()
              .filter(n -> regions.stream().anyMatch(r -> inside(n, removed ? r.originalTokens() : r.revisedTokens())))
              .findFirst();
      if (changed.isEmpty()) {
        continue;
      }
      Negation n = changed.get();
      String cue = n.cue().toLowerCase(Locale.ROOT);
      findings.add(
          Findings.of(
              INFO,
              Severity.ERROR,
              removed
                  ? "The revision drops the negation " + Findings.quote(n.cue()) + ": it now affirms what the original denied."
                  : "The revision adds the negation " + Findings.quote(n.cue()) + ": it now denies what the original affirmed.",
              alignment,
              removed ? Optional.of(n.span()) : Optional.empty(),
              removed ? Optional.empty() : Optional.of(n.span()),
              Map.of(
                  "negations in the original", Integer.toString(original.size()),
                  "negations in the revision", Integer.toString(revised.size()),
                  "cue", cue)));
    }
    return findings;
  }

  private static boolean inside(Negation negation, List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.span().overlaps(negation.span()));
  }
}
