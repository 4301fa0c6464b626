package dev.factdiff.rules.eval;

import java.util.List;

/**
 * The result of {@code factdiff eval}: the report, what it falls short of, the cases or rules that failed to run,
 * and the exit status ({@link #PASSED} or {@link #BELOW_THRESHOLD}).
 */
public record EvalOutcome(EvalReport report, List<String> violations, List<String> failures, int exitStatus) {

  public static final int PASSED = 0;
  public static final int BELOW_THRESHOLD = 1;

  public EvalOutcome {
    violations = List.copyOf(violations);
    failures = List.copyOf(failures);
  }
}
