package dev.factdiff.rules.testing;

import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleOption;
import java.util.Map;
import java.util.Optional;

/**
 * A rule context for tests: options given as {@code "RULE_ID.option" -> value}, and a style list of {@code
 * variant -> preferred}. {@link #defaults()} answers every option with the rule's own default.
 */
public record TestRuleContext(Map<String, Number> options, Map<String, String> preferred) implements RuleContext {

  public TestRuleContext {
    options = Map.copyOf(options);
    preferred = Map.copyOf(preferred);
  }

  public static TestRuleContext defaults() {
    return new TestRuleContext(Map.of(), Map.of());
  }

  @Override
  public <T extends Number & Comparable<T>> T option(String ruleId, RuleOption<T> option) {
    Number value = options.get(ruleId + "." + option.name());
    return value == null ? option.defaultValue() : option.valueOf(value);
  }

  @Override
  public Optional<String> preferredSpelling(String name) {
    return Optional.ofNullable(preferred.get(name));
  }
}
