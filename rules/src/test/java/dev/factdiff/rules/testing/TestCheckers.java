package dev.factdiff.rules.testing;

import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;

/** Checkers on the shared test parser. */
public final class TestCheckers {

  private TestCheckers() {}

  /** What {@code Checker.create} builds, with the default configuration, on the test JVM's one parser. */
  public static Checker standard() {
    return new Checker(TestParser.get(), TestMeaning.aligner(), RuleEngine.withBuiltInRules(RuleConfiguration.defaults()));
  }
}
