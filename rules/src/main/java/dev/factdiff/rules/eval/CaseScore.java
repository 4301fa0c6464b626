package dev.factdiff.rules.eval;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * How one case scored.
 *
 * @param hits must items found, by category
 * @param totals must items, by category
 * @param misses the must items not found, as "CATEGORY: excerpt"
 * @param falseAlarms the findings that match nothing or fall in a must_not place, as "CATEGORY: excerpt"
 */
public record CaseScore(
    String caseId,
    String source,
    boolean benignOnly,
    Map<String, Integer> hits,
    Map<String, Integer> totals,
    List<String> misses,
    List<String> falseAlarms) {

  public CaseScore {
    hits = ImmutableMap.copyOf(hits);
    totals = ImmutableMap.copyOf(totals);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }
}
