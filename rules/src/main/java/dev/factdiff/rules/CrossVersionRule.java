package dev.factdiff.rules;

import dev.factdiff.core.align.Alignment;
import java.util.List;

/** A rule that compares the two versions through their alignment. */
public non-sealed interface CrossVersionRule extends Rule {

  List<Finding> check(Alignment alignment, RuleContext context);
}
