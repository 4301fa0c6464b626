package dev.factdiff.rules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finding as JSON writes it: {@code {"rule", "category", "severity", "message", "original": {"start", "end",
 * "text"} | null, "revised": {...} | null, "evidence": {...}, "suggestion": "..." | null, "places": [{"original",
 * "revised"}...]}}, where {@code places} (left out when empty) are the further places of the same change.
 */
@JsonPropertyOrder({
  "rule", "category", "severity", "message", "original", "revised", "evidence", "suggestion", "places"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FindingView(
    String rule,
    String category,
    String severity,
    String message,
    Place original,
    Place revised,
    Map<String, String> evidence,
    String suggestion,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Places> places) {

  public FindingView {
    places = places == null ? List.of() : List.copyOf(places);
  }

  /** Its first place followed by its further ones. */
  public List<Places> allPlaces() {
    List<Places> all = new ArrayList<>(places.size() + 1);
    all.add(new Places(original, revised));
    all.addAll(places);
    return all;
  }

  /** One place of a change in both versions; either side may be null. */
  @JsonPropertyOrder({"original", "revised"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Places(Place original, Place revised) {

    static Places of(Finding.Place place) {
      return new Places(place.original().map(Place::of).orElse(null), place.revised().map(Place::of).orElse(null));
    }
  }

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
        finding.suggestion().orElse(null),
        finding.places().stream().map(Places::of).toList());
  }
}
