package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
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

/**
 * What the revision says and the original does not: a sentence with no counterpart, or a named entity or
 * content word added to an aligned sentence. Page boilerplate is ignored.
 */
public final class AddedClaim implements CrossVersionRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ADDED_CLAIM",
          Category.CLAIM_ADDED,
          Severity.WARNING,
          "The revision states something the original does not: a whole sentence, or a name or word in one.",
          List.of(
              Example.flags(
                  "The mayor opened the bridge on Monday.",
                  "The mayor opened the bridge on Monday. [[Traffic was diverted for three hours.]]"),
              Example.flags(
                  "The storm hit the town on Friday.", "The [[violent]] storm hit the town on Friday."),
              Example.flags(
                  "Inspectors found pipes in the basement of the school on Monday.",
                  "Inspectors found [[damaged]] pipes in the basement of the school on Monday."),
              Example.flags(
                  "The bridge was closed for repairs in March.",
                  "The bridge was closed [[again]] for repairs in March."),
              Example.flags(
                  "The city hired a young architect to design the new library.",
                  "The city hired a young [[Swedish]] architect to design the new library."),
              Example.passes(
                  "The mayor opened the new bridge on Monday.", "On Monday the mayor opened the new bridge."),
              Example.passes(
                  "The region is home to some four million people.",
                  "Around four million people live in the region.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (pair.original().isEmpty()) {
        for (Sentence s : pair.revised()) {
          if (Unmatched.bearsFacts(s)) {
            findings.add(
                Findings.inRevised(
                    INFO,
                    Severity.WARNING,
                    "This sentence of the revision has no counterpart in the original: " + Findings.quote(s.text()),
                    alignment,
                    s.span()));
          }
        }
      } else if (pair.isMatched()) {
        partsAdded(pair, alignment, findings);
      }
    }
    return findings;
  }

  private static void partsAdded(AlignedPair pair, Alignment alignment, List<Finding> findings) {
    // A name put where the original's pronoun meant someone else is reported once, by the lost-reference rule.
    List<Span> renamed = Antecedents.renamed(pair, alignment).stream().map(Antecedents.Renamed::nameSpan).toList();
    for (Mention m : EntityCoverage.of(pair).added()) {
      if (renamed.stream().anyMatch(m.span()::overlaps)) {
        continue;
      }
      if (WordOrder.frames(pair, false) && !Unmatched.namedNearby(m.text(), pair, alignment, false)) {
        findings.add(
            Findings.inRevised(
                INFO,
                Severity.WARNING,
                Findings.quote(m.text()) + " is named in the revision of this sentence but not in the original.",
                alignment,
                m.span()));
      }
    }
    for (List<Token> phrase : Unmatched.lostPhrases(pair, false)) {
      Span span = Unmatched.extent(phrase);
      if (renamed.stream().anyMatch(span::overlaps)) {
        continue;
      }
      findings.add(
          Findings.inRevised(
              INFO,
              Severity.WARNING,
              "The revision of this sentence adds " + Findings.quote(alignment.revised().text(span)) + ".",
              alignment,
              span));
    }
  }
}
