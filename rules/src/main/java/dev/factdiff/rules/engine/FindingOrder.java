package dev.factdiff.rules.engine;

import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.util.Comparator;
import java.util.Optional;

/** The order of a report: original start, then revised start (a version a finding is absent from comes last), then rule id. */
public final class FindingOrder {

  public static final Comparator<Finding> BY_POSITION =
      Comparator.<Finding, Integer>comparing(f -> start(f.original()))
          .thenComparing(f -> start(f.revised()))
          .thenComparing(f -> end(f.original()))
          .thenComparing(f -> end(f.revised()))
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  private FindingOrder() {}

  private static int start(Optional<Excerpt> place) {
    return place.map(Excerpt::span).map(Span::start).orElse(Integer.MAX_VALUE);
  }

  private static int end(Optional<Excerpt> place) {
    return place.map(Excerpt::span).map(Span::end).orElse(Integer.MAX_VALUE);
  }
}
