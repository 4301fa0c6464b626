package dev.factdiff.rules;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One discrepancy, in words an editor understands without knowing the tool. A change repeated through a document
 * (one name written another way everywhere) is one finding: its first place in {@code original}/{@code revised},
 * the others in {@code places}.
 *
 * @param original where it is in the original, if it is there
 * @param revised where it is in the revision, if it is there
 * @param evidence what the rule compared, by name (for example both normalized values), in the order given:
 *     pass an ordered map ({@code ImmutableMap.of}), not {@code Map.of}, whose order changes from run to run
 * @param suggestion a fix, where there is one
 * @param places the further places of the same change, in report order; empty for a change made once
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    String message,
    Optional<Excerpt> original,
    Optional<Excerpt> revised,
    Map<String, String> evidence,
    Optional<String> suggestion,
    List<Place> places) {

  public Finding {
    Preconditions.checkArgument(original.isPresent() || revised.isPresent(), "a finding needs a place: %s", message);
    evidence = ImmutableMap.copyOf(evidence);
    places = List.copyOf(places);
  }

  /** A finding at one place, as a rule reports it. */
  public Finding(
      String ruleId,
      Category category,
      Severity severity,
      String message,
      Optional<Excerpt> original,
      Optional<Excerpt> revised,
      Map<String, String> evidence,
      Optional<String> suggestion) {
    this(ruleId, category, severity, message, original, revised, evidence, suggestion, List.of());
  }

  /** One place of a change, in either version or both. */
  public record Place(Optional<Excerpt> original, Optional<Excerpt> revised) {
    public Place {
      Preconditions.checkArgument(original.isPresent() || revised.isPresent(), "a place needs a version");
    }
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, category, newSeverity, message, original, revised, evidence, suggestion, places);
  }

  /** This finding with {@code further} as its further places (its first place stays). */
  public Finding withPlaces(List<Place> further) {
    return new Finding(ruleId, category, severity, message, original, revised, evidence, suggestion, further);
  }

  /** Its first place followed by its further ones. */
  public List<Place> allPlaces() {
    List<Place> all = new ArrayList<>(places.size() + 1);
    all.add(new Place(original, revised));
    all.addAll(places);
    return List.copyOf(all);
  }

  /** How many places the change has: 1 for a change made once. */
  public int occurrences() {
    return places.size() + 1;
  }
}
