package dev.factdiff.rules.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.testing.ExampleTexts;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A configured severity reaches every finding of a rule, whatever severity the rule reported it at; a floor and a
 * ceiling bound them. Run for every built-in rule on real parses of its flagged examples.
 */
class ConfiguredSeverityTest {

  static Stream<Arguments> rules() {
    return BuiltInRules.all().stream()
        .map(
            rule ->
                Arguments.of(
                    rule.info().id(),
                    rule,
                    rule.info().examples().stream().filter(Example::flags).map(e -> ExampleTexts.of(e).alignment()).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void configuredInfoDemotesEveryFinding(String id, Rule rule, List<Alignment> flagged) {
    List<Finding> found = findings(rule, flagged, "");
    assertFalse(found.isEmpty(), id + " flags its own flagged examples");
    List<Finding> demoted = findings(rule, flagged, "severity: info");
    assertTrue(demoted.size() == found.size() && demoted.stream().allMatch(f -> f.severity() == Severity.INFO), id + ": " + demoted);
    List<Finding> raised = findings(rule, flagged, "severityFloor: error");
    assertTrue(raised.stream().allMatch(f -> f.severity() == Severity.ERROR), id + ": " + raised);
    List<Finding> capped = findings(rule, flagged, "severityCeiling: warning");
    for (int i = 0; i < found.size(); i++) {
      Severity reported = found.get(i).severity();
      Severity expected = reported == Severity.ERROR ? Severity.WARNING : reported;
      assertTrue(capped.get(i).severity() == expected, id + ": " + capped.get(i) + " reported at " + reported);
    }
  }

  /** What an engine running only {@code rule}, configured with {@code settings}, finds in the examples. */
  private static List<Finding> findings(Rule rule, List<Alignment> alignments, String settings) {
    String yaml = settings.isEmpty() ? "" : "rules: {" + rule.info().id() + ": {" + settings + "}}";
    RuleEngine engine = RuleEngine.of(List.of(rule), RuleConfiguration.parse("severity.yaml", yaml, List.of(rule)));
    return alignments.stream().flatMap(a -> engine.run(a).findings().stream()).toList();
  }
}
