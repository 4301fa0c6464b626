package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.testing.MarkedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every cross-version rule, on real parses aligned by the real aligner: a flags example is
 * flagged at each marked place and nowhere else, a passes example raises nothing at all (not even info).
 */
class CrossVersionExamplesTest {

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (CrossVersionRule rule : CrossVersionRules.all()) {
      List<Example> examples = rule.info().examples();
      for (int i = 0; i < examples.size(); i++) {
        all.add(Arguments.of(rule.info().id(), i + 1, rule, examples.get(i)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} example {1}")
  @MethodSource("examples")
  void ruleBehavesAsItsExampleSays(String id, int number, CrossVersionRule rule, Example example) {
    MarkedText original = MarkedText.parse(example.original());
    MarkedText revised = MarkedText.parse(example.revised().orElseThrow());
    List<Finding> findings = Pairs.check(rule, original.text(), revised.text());
    String shown = id + " example " + number + " " + example + " found " + findings;
    if (!example.flags()) {
      assertTrue(findings.isEmpty(), "must raise nothing: " + shown);
      return;
    }
    assertFalse(original.marks().isEmpty() && revised.marks().isEmpty(), "no marks: " + shown);
    for (Span mark : original.marks()) {
      assertTrue(findings.stream().anyMatch(f -> overlaps(f.original(), mark)), "unflagged original " + mark + ": " + shown);
    }
    for (Span mark : revised.marks()) {
      assertTrue(findings.stream().anyMatch(f -> overlaps(f.revised(), mark)), "unflagged revised " + mark + ": " + shown);
    }
    for (Finding f : findings) {
      boolean marked =
          original.marks().stream().anyMatch(m -> overlaps(f.original(), m))
              || revised.marks().stream().anyMatch(m -> overlaps(f.revised(), m));
      assertTrue(marked, "flagged an unmarked place " + f + ": " + shown);
    }
  }

  private static boolean overlaps(Optional<Excerpt> place, Span mark) {
    return place.isPresent() && place.get().span().overlaps(mark);
  }
}
