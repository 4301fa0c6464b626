package dev.factdiff.rules.config;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration says about one rule; anything left out keeps the rule's default.
 *
 * @param options numeric options (thresholds) by name
 */
public record RuleSettings(Optional<Boolean> enabled, Optional<Severity> severity, Map<String, Double> options) {

  public static final RuleSettings NONE = new RuleSettings(Optional.empty(), Optional.empty(), Map.of());

  public RuleSettings {
    options = ImmutableMap.copyOf(options);
  }

  /** These settings with {@code over}'s given values taking precedence. */
  RuleSettings overriddenBy(RuleSettings over) {
    Map<String, Double> merged = new LinkedHashMap<>(options);
    merged.putAll(over.options);
    return new RuleSettings(
        over.enabled.or(() -> enabled), over.severity.or(() -> severity), merged);
  }
}
