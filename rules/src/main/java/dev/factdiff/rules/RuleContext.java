package dev.factdiff.rules;

import java.util.Optional;

/** What a rule may consult besides the text: its configured options and the newsroom's style list. */
public interface RuleContext {

  /** The value a configuration gives one of a rule's declared options, or the option's default. */
  <T extends Number & Comparable<T>> T option(String ruleId, RuleOption<T> option);

  /** The spelling the newsroom's style list prefers for a name, if it lists one. */
  Optional<String> preferredSpelling(String name);
}
