package dev.factdiff.rules.engine;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.rules.Finding;
import java.util.List;

/** Everything one check of two versions produced: both parses, their alignment, the findings and rule failures. */
public record CheckOutcome(
    Article original, Article revised, Alignment alignment, List<Finding> findings, List<RuleFailure> failures) {

  public CheckOutcome {
    findings = List.copyOf(findings);
    failures = List.copyOf(failures);
  }
}
