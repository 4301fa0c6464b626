package dev.factdiff.rules;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * One discrepancy, in words an editor understands without knowing the tool.
 *
 * @param original where it is in the original, if it is there
 * @param revised where it is in the revision, if it is there
 * @param evidence what the rule compared, by name (for example both normalized values), in the order given:
 *     pass an ordered map ({@code ImmutableMap.of}), not {@code Map.of}, whose order changes from run to run
 * @param suggestion a fix, where there is one
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    String message,
    Optional<Excerpt> original,
    Optional<Excerpt> revised,
    Map<String, String> evidence,
    Optional<String> suggestion) {

  public Finding {
    Preconditions.checkArgument(original.isPresent() || revised.isPresent(), "a finding needs a place: %s", message);
    evidence = ImmutableMap.copyOf(evidence);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, category, newSeverity, message, original, revised, evidence, suggestion);
  }
}
