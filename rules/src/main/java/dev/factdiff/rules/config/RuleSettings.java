package dev.factdiff.rules.config;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration says about one rule; anything left out keeps the rule's default.
 *
 * @param severity the severity of every finding of the rule, whatever the rule reported
 * @param floor findings the rule reported below this are raised to it
 * @param ceiling findings the rule reported above this are lowered to it
 * @param options values of the rule's declared options by name, each of the option's type and in its range
 */
public record RuleSettings(
    Optional<Boolean> enabled,
    Optional<Severity> severity,
    Optional<Severity> floor,
    Optional<Severity> ceiling,
    Map<String, Number> options) {

  public static final RuleSettings NONE =
      new RuleSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public RuleSettings {
    options = ImmutableMap.copyOf(options);
  }

  /** The severity a finding the rule reported at {@code reported} gets. */
  public Severity severityOf(Severity reported) {
    Severity s = severity.orElse(reported);
    if (floor.isPresent() && !s.atLeast(floor.get())) {
      s = floor.get();
    }
    if (ceiling.isPresent() && !ceiling.get().atLeast(s)) {
      s = ceiling.get();
    }
    return s;
  }

  /** These settings with {@code over}'s given values taking precedence. */
  RuleSettings overriddenBy(RuleSettings over) {
    Map<String, Number> merged = new LinkedHashMap<>(options);
    merged.putAll(over.options);
    return new RuleSettings(
        over.enabled.or(() -> enabled),
        over.severity.or(() -> severity),
        over.floor.or(() -> floor),
        over.ceiling.or(() -> ceiling),
        merged);
  }
}
