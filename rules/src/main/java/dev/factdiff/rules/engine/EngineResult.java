package dev.factdiff.rules.engine;

import dev.factdiff.rules.Finding;
import java.util.List;

/** The findings of one run, ordered by position, and the rules that failed during it. */
public record EngineResult(List<Finding> findings, List<RuleFailure> failures) {

  public EngineResult {
    findings = List.copyOf(findings);
    failures = List.copyOf(failures);
  }
}
