package dev.factdiff.rules.compare;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
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
    return ClaimDifference.find(INFO, alignment, ClaimDifference.Direction.ADDED);
  }
}
