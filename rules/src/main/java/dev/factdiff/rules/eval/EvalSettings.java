package dev.factdiff.rules.eval;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How to run an evaluation.
 *
 * @param sources only cases of these sources ("demetr", "bump", ...); all when empty
 * @param limit at most this many cases from each case file, after the source filter
 * @param findingsOut where to write one line a case of findings, for the independent scorer
 * @param threads how many cases to check at once
 */
public record EvalSettings(
    Set<String> sources, OptionalInt limit, Optional<Path> findingsOut, Thresholds thresholds, int threads) {

  public static final EvalSettings DEFAULT =
      new EvalSettings(Set.of(), OptionalInt.empty(), Optional.empty(), Thresholds.NONE, 1);

  public EvalSettings {
    sources = Set.copyOf(sources);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }
}
