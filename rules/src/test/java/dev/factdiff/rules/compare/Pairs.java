package dev.factdiff.rules.compare;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import java.util.List;
import dev.factdiff.rules.testing.TestRuleContext;
import java.util.Map;

/** Real parses and alignments of two texts for the rule tests, and a context with a style list. */
final class Pairs {

  private Pairs() {}

  static Alignment align(String original, String revised) {
    return new Aligner()
        .align(TestParser.get().parse("original", original), TestParser.get().parse("revised", revised));
  }

  static List<Finding> check(CrossVersionRule rule, String original, String revised) {
    return rule.check(align(original, revised), context(Map.of()));
  }

  /** A context with default options and the given style list (any spelling to the preferred one). */
  static RuleContext context(Map<String, String> preferred) {
    return new TestRuleContext(Map.of(), preferred);
  }
}
