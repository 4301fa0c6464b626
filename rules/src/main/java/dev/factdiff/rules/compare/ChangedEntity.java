package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Another person, place or organization in an aligned sentence: the original names one the revision does not,
 * and the revision names one the original does not, of the same kind.
 */
public final class ChangedEntity implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_ENTITY",
          Category.ENTITY_CHANGED,
          Severity.ERROR,
          "A sentence names a different person, place or organization in the revision.",
          List.of(
              Example.flags(
                  "The summit was held in [[Geneva]] on Monday.", "The summit was held in [[Vienna]] on Monday."),
              Example.flags(
                  "[[Angela Merkel]] met the delegation in Berlin.", "[[Olaf Scholz]] met the delegation in Berlin."),
              Example.passes(
                  "Russia's defence minister visited Paris.", "The Russian defence minister visited Paris."),
              Example.passes(
                  "Germany and France signed the treaty.", "France and Germany signed the treaty."),
              Example.flags("The [[U.N.]] sent observers.", "The [[EU]] sent observers."),
              Example.flags(
                  "The owner of the online shop [[Brivo]] Labs was charged with theft last week.",
                  "The owner of the online shop [[Tazel]] Labs was charged with theft last week."),
              Example.flags(
                  "Engineers tested the [[Vexa-2]] rocket engine in the desert.",
                  "Engineers tested the [[Vexa-3]] rocket engine in the desert."),
              Example.flags(
                  "The team signed the [[Peru]] midfielder after a long chase.",
                  "The team signed the [[Chilean]] midfielder after a long chase."),
              Example.passes(
                  "The British opened a new consulate in the port last year.",
                  "Britain opened a new consulate in the port last year."),
              Example.passes(
                  "The United Nations hopes to set up a fund.", "The U.N. hopes to set up a fund."),
              Example.passes(
                  "No damage was reported to the U.S. Geological Survey on Monday.",
                  "No damage was reported to the United States Geological Survey on Monday."),
              Example.flags(
                  "No damage was reported to the [[U.S. Geological Survey]] (USGS) on Monday.",
                  "No damage was reported to [[Christiane Martel]] (USGS) on Monday."),
              Example.flags(
                  "The [[Tyrannosaurus]] was the largest predator, so it only feared other Tyrannosaurs.",
                  "The [[Carol Abraham]] was the largest predator, so it only feared other Tyrannosaurs."),
              Example.flags(
                  "[[Leeds]] beat [[Hull]] in the cup final on Sunday.",
                  "[[Hull]] beat [[Leeds]] in the cup final on Sunday."),
              Example.passes(
                  "Germany and France signed the treaty in Paris.", "France and Germany signed the treaty in Paris."),
              Example.passes(
                  "The minister flew to Holland on Monday for the talks.",
                  "The minister flew to the Netherlands on Monday for the talks."),
              Example.passes(
                  "Iraq's army fought beside Iraqi militias.", "The Iraqi army fought beside Iraqi militias."),
              Example.passes(
                  "They want the borders from before the 1967 Middle East War.",
                  "They want the borders from before the 1967 Mideast War.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<EntityCoverage.Swap> swaps = EntityCoverage.of(pair).swaps();
    for (EntityCoverage.WordSwap swap : EntityCoverage.properNounSwaps(pair)) {
      boolean reported =
          swaps.stream().anyMatch(s -> s.original().span().contains(swap.original().span()) || s.revised().span().contains(swap.revised().span()));
      if (!reported) {
        findings.add(
            finding(
                alignment,
                "The original names " + Findings.quote(swap.original().text()) + " where the revision names "
                    + Findings.quote(swap.revised().text()) + ".",
                swap.original().span(),
                swap.revised().span(),
                ImmutableMap.of("original", swap.original().text(), "revised", swap.revised().text())));
      }
    }
    for (EntityCoverage.Swap swap : swaps) {
      Mention o = swap.original();
      Mention r = swap.revised();
      findings.add(
          finding(
              alignment,
              "The original names " + Findings.quote(o.text()) + " where the revision names " + Findings.quote(r.text()) + ".",
              o.span(),
              r.span(),
              ImmutableMap.of("original", o.text() + " (" + o.type() + ")", "revised", r.text() + " (" + r.type() + ")")));
    }
    Side originalSide = new Side(pair.original());
    Side revisedSide = new Side(pair.revised());
    for (EditRegion region : EditRegion.of(pair)) {
      Designation.in(region, originalSide, revisedSide)
          .ifPresent(
              change -> {
                String o = alignment.original().text(change.original());
                String r = alignment.revised().text(change.revised());
                findings.add(
                    finding(
                        alignment,
                        "The original names " + Findings.quote(o) + " where the revision names " + Findings.quote(r) + ".",
                        change.original(),
                        change.revised(),
                        ImmutableMap.of("original", o, "revised", r)));
              });
    }
    for (SwappedRoles.Exchange exchange : SwappedRoles.of(pair)) {
      Mention o = exchange.original();
      Mention r = exchange.revised();
      findings.add(
          finding(
              alignment,
              "The names changed places: the revision puts " + Findings.quote(r.text()) + " where the original has "
                  + Findings.quote(o.text()) + ".",
              o.span(),
              r.span(),
              ImmutableMap.of("original", o.text(), "revised", r.text())));
    }
    return findings;
  }

  private static Finding finding(
      Alignment alignment, String message, Span original, Span revised, ImmutableMap<String, String> evidence) {
    return Findings.of(INFO, Severity.ERROR, message, alignment, Optional.of(original), Optional.of(revised), evidence);
  }
}
