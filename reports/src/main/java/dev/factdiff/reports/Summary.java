package dev.factdiff.reports;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts on top of every report. They count changes: a change repeated through the text is one finding
 * however many places it has.
 *
 * @param bySeverity every severity, most severe first, with zero counts
 * @param byCategory the categories that have findings, in {@link Category} order
 * @param baselined findings left out because the baseline records them
 */
public record Summary(
    int total, Map<Severity, Integer> bySeverity, Map<Category, Integer> byCategory, int baselined, int ruleFailures) {
  public Summary {
    bySeverity = ImmutableMap.copyOf(bySeverity);
    byCategory = ImmutableMap.copyOf(byCategory);
  }

  static Summary of(List<Finding> findings, int baselined, int ruleFailures) {
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    Map<Category, Integer> categories = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      severities.merge(f.severity(), 1, Integer::sum);
      categories.merge(f.category(), 1, Integer::sum);
    }
    ImmutableMap.Builder<Severity, Integer> bySeverity = ImmutableMap.builder();
    for (Severity s : Report.SEVERITIES_MOST_SEVERE_FIRST) {
      bySeverity.put(s, severities.getOrDefault(s, 0));
    }
    return new Summary(findings.size(), bySeverity.build(), categories, baselined, ruleFailures);
  }

  public int count(Severity severity) {
    return bySeverity.getOrDefault(severity, 0);
  }

  /** "3 errors, 14 warnings, 2 info (19 findings)", and what the baseline skipped or rules failed, if any. */
  public String line() {
    StringBuilder line =
        new StringBuilder()
            .append(plural(count(Severity.ERROR), "error", "errors"))
            .append(", ")
            .append(plural(count(Severity.WARNING), "warning", "warnings"))
            .append(", ")
            .append(count(Severity.INFO))
            .append(" info (")
            .append(plural(total, "finding", "findings"))
            .append(")");
    if (baselined > 0) {
      line.append("; ").append(baselined).append(" skipped by the baseline");
    }
    if (ruleFailures > 0) {
      line.append("; ").append(plural(ruleFailures, "rule", "rules")).append(" failed");
    }
    return line.toString();
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
