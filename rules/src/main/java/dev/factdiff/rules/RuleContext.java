package dev.factdiff.rules;

import java.util.Optional;

/** What a rule may consult besides the text: its configured options and the newsroom's style list. */
public interface RuleContext {

  /** A numeric option of a rule, as configured, or {@code defaultValue}. */
  double option(String ruleId, String name, double defaultValue);

  /** The spelling the newsroom's style list prefers for a name, if it lists one. */
  Optional<String> preferredSpelling(String name);
}
