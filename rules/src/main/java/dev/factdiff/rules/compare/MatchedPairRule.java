package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** A cross-version rule that reads one matched pair (sentences present in both versions) at a time. */
interface MatchedPairRule extends CrossVersionRule {

  @Override
  default List<Finding> check(Alignment alignment, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (pair.isMatched()) {
        findings.addAll(check(alignment, pair, context));
      }
    }
    return findings;
  }

  /** The findings of one matched pair; {@code alignment} gives the two articles the spans index into. */
  List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context);
}
