package dev.factdiff.rules.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of an evaluation run over many cases; {@link #summaryLine()} is worded as the scorer's last line. */
public record EvalReport(List<CaseScore> cases) {

  public EvalReport {
    cases = List.copyOf(cases);
  }

  public int hits() {
    return cases.stream().mapToInt(c -> sum(c.hits())).sum();
  }

  public int expected() {
    return cases.stream().mapToInt(c -> sum(c.totals())).sum();
  }

  public int falseAlarms() {
    return cases.stream().mapToInt(c -> c.falseAlarms().size()).sum();
  }

  /** Must items found over must items; 0 when there are none, as the scorer computes it. */
  public double recall() {
    return (double) hits() / Math.max(1, expected());
  }

  public double falseAlarmsPerCase() {
    return (double) falseAlarms() / Math.max(1, cases.size());
  }

  /** Hits and totals by category, sorted by name. */
  public Map<String, int[]> byCategory() {
    Map<String, int[]> figures = new TreeMap<>();
    for (CaseScore c : cases) {
      c.totals().forEach((cat, n) -> figures.computeIfAbsent(cat, k -> new int[2])[1] += n);
      c.hits().forEach((cat, n) -> figures.computeIfAbsent(cat, k -> new int[2])[0] += n);
    }
    return figures;
  }

  /** A category's recall, or 1 when no case expects it. */
  public double recall(String category) {
    int[] f = byCategory().get(category);
    return f == null || f[1] == 0 ? 1.0 : (double) f[0] / f[1];
  }

  /** Hits, totals, false alarms and cases by source, sorted by name. */
  public Map<String, int[]> bySource() {
    Map<String, int[]> figures = new TreeMap<>();
    for (CaseScore c : cases) {
      int[] f = figures.computeIfAbsent(c.source(), k -> new int[4]);
      f[0] += sum(c.hits());
      f[1] += sum(c.totals());
      f[2] += c.falseAlarms().size();
      f[3] += 1;
    }
    return figures;
  }

  public int benignOnlyCases() {
    return (int) cases.stream().filter(CaseScore::benignOnly).count();
  }

  public int benignOnlyCasesWithAlarm() {
    return (int) cases.stream().filter(c -> c.benignOnly() && !c.falseAlarms().isEmpty()).count();
  }

  /** The scorer's last line, figure for figure. */
  public String summaryLine() {
    String benign =
        benignOnlyCases() > 0
            ? "; benign-only pairs with a false alarm " + benignOnlyCasesWithAlarm() + "/" + benignOnlyCases()
            : "";
    return "recall " + hits() + "/" + expected() + " = " + twoPlaces(recall()) + "; false alarms " + falseAlarms()
        + " over " + cases.size() + " cases (" + twoPlaces(falseAlarmsPerCase()) + " per case)" + benign;
  }

  /** The whole report: misses and false alarms case by case (unless {@code brief}), recall by category and source. */
  public String format(boolean brief) {
    StringBuilder out = new StringBuilder();
    if (!brief) {
      for (CaseScore c : cases) {
        if (!c.misses().isEmpty() || !c.falseAlarms().isEmpty()) {
          out.append(c.caseId()).append(":");
          c.misses().forEach(m -> out.append("\n    missed       ").append(m));
          c.falseAlarms().forEach(a -> out.append("\n    false alarm  ").append(a));
          out.append('\n');
        }
      }
    }
    out.append("recall by category:\n");
    byCategory()
        .forEach(
            (cat, f) ->
                out.append(String.format("  %-22s %d/%d = %s%n", cat, f[0], f[1], twoPlaces((double) f[0] / f[1]))));
    out.append("by source:\n");
    bySource()
        .forEach(
            (src, f) ->
                out.append(
                    String.format(
                        "  %-12s recall %d/%d, false alarms %d over %d cases (%s per case)%n",
                        src, f[0], f[1], f[2], f[3], twoPlaces((double) f[2] / Math.max(1, f[3])))));
    out.append(summaryLine()).append('\n');
    return out.toString();
  }

  /** Two decimals rounded as Python's format does: the exact binary value, ties to even. */
  static String twoPlaces(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
