package dev.factdiff.rules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.util.Map;

/**
 * A finding as JSON writes it: {@code {"rule", "category", "severity", "message", "original": {"start", "end",
 * "text"} | null, "revised": {...} | null, "evidence": {...}, "suggestion": "..." | null}}.
 */
@JsonPropertyOrder({"rule", "category", "severity", "message", "original", "revised", "evidence", "suggestion"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FindingView(
    String rule,
    String category,
    String severity,
    String message,
    Place original,
    Place revised,
    Map<String, String> evidence,
    String suggestion) {

  /** A place in one version: Java String offsets into that version's text, and the text they cover. */
  @JsonPropertyOrder({"start", "end", "text"})
  public record Place(int start, int end, String text) {

    static Place of(Excerpt excerpt) {
      return new Place(excerpt.span().start(), excerpt.span().end(), excerpt.text());
    }
  }

  public static FindingView of(Finding finding) {
    return new FindingView(
        finding.ruleId(),
        finding.category().name(),
        finding.severity().id(),
        finding.message(),
        finding.original().map(Place::of).orElse(null),
        finding.revised().map(Place::of).orElse(null),
        finding.evidence(),
        finding.suggestion().orElse(null));
  }
}
