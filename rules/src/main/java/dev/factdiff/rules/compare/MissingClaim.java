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
 * What the original says and the revision leaves out: a sentence with no counterpart (a headline too), or a
 * named entity or content noun of an aligned sentence that the revision does not render at all. Page
 * boilerplate is ignored.
 */
public final class MissingClaim implements CrossVersionRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MISSING_CLAIM",
          Category.CLAIM_MISSING,
          Severity.WARNING,
          "Something the original states is not in the revision: a whole sentence, or a name or noun of one.",
          List.of(
              Example.flags(
                  "The mayor opened the bridge on Monday. [[Traffic was diverted for three hours.]]",
                  "The mayor opened the bridge on Monday."),
              Example.flags(
                  "On Friday the storm damaged the [[harbour]] and several houses in the old town near the river.",
                  "On Friday the storm damaged several houses in the old town near the river."),
              Example.flags(
                  "After the meeting [[we]] walked back to the office together.",
                  "After the meeting walked back to the office together."),
              Example.flags(
                  "The new fund will help farmers cope with the [[effects]] of the long drought.",
                  "The new fund will help farmers cope with the of the long drought."),
              Example.passes(
                  "The mayor opened the new bridge on Monday.", "On Monday the mayor opened the new bridge."),
              Example.passes(
                  "The region is home to some four million people.",
                  "About four million people live in the region.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    return ClaimDifference.find(INFO, alignment, ClaimDifference.Direction.MISSING);
  }
}
