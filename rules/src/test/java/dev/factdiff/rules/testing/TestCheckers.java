package dev.factdiff.rules.testing;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import java.util.List;

/** Checkers on the shared test parser. */
public final class TestCheckers {

  private TestCheckers() {}

  /** The built-in rules with the default configuration. */
  public static Checker standard() {
    return new Checker(
        TestParser.get(),
        (original, revised) -> new Alignment(original, revised, List.of()),
        RuleEngine.withBuiltInRules(RuleConfiguration.defaults()));
  }
}
