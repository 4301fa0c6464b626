package dev.factdiff.rules.eval;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The figures an evaluation must reach: overall recall, false alarms per case, and recall per category. */
public record Thresholds(
    OptionalDouble minRecall, OptionalDouble maxFalseAlarmsPerCase, Map<String, Double> minCategoryRecall) {

  public static final Thresholds NONE = new Thresholds(OptionalDouble.empty(), OptionalDouble.empty(), Map.of());

  public Thresholds {
    minCategoryRecall = ImmutableMap.copyOf(minCategoryRecall);
  }

  /** What the report falls short of, one line each; empty when it passes. */
  public List<String> violations(EvalReport report) {
    List<String> violations = new ArrayList<>();
    if (minRecall.isPresent() && report.recall() < minRecall.getAsDouble()) {
      violations.add(
          "recall " + EvalReport.twoPlaces(report.recall()) + " is below " + minRecall.getAsDouble());
    }
    if (maxFalseAlarmsPerCase.isPresent() && report.falseAlarmsPerCase() > maxFalseAlarmsPerCase.getAsDouble()) {
      violations.add(
          "false alarms per case " + EvalReport.twoPlaces(report.falseAlarmsPerCase()) + " are above "
              + maxFalseAlarmsPerCase.getAsDouble());
    }
    minCategoryRecall.forEach(
        (category, min) -> {
          if (report.recall(category) < min) {
            violations.add(
                category + " recall " + EvalReport.twoPlaces(report.recall(category)) + " is below " + min);
          }
        });
    return violations;
  }
}
