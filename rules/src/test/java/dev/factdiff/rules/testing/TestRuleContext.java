package dev.factdiff.rules.testing;

import dev.factdiff.rules.RuleContext;
import java.util.Map;
import java.util.Optional;

/**
 * A rule context for tests: options given as {@code "RULE_ID.option" -> value}, and a style list of {@code
 * variant -> preferred}. {@link #defaults()} answers every option with the rule's own default.
 */
public record TestRuleContext(Map<String, Double> options, Map<String, String> preferred) implements RuleContext {

  public TestRuleContext {
    options = Map.copyOf(options);
    preferred = Map.copyOf(preferred);
  }

  public static TestRuleContext defaults() {
    return new TestRuleContext(Map.of(), Map.of());
  }

  public static TestRuleContext withOption(String ruleId, String name, double value) {
    return new TestRuleContext(Map.of(ruleId + "." + name, value), Map.of());
  }

  @Override
  public double option(String ruleId, String name, double defaultValue) {
    return options.getOrDefault(ruleId + "." + name, defaultValue);
  }

  @Override
  public Optional<String> preferredSpelling(String name) {
    return Optional.ofNullable(preferred.get(name));
  }
}
