package dev.factdiff.rules;

import dev.factdiff.core.model.Article;
import java.util.List;

/** A rule that reads one version at a time; the engine runs it on both. */
public non-sealed interface SingleVersionRule extends Rule {

  /** Findings place themselves in {@code version}'s side only. */
  List<Finding> check(Article article, Version version, RuleContext context);
}
