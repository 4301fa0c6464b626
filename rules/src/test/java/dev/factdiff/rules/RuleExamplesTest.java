package dev.factdiff.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.testing.ExampleTexts;
import dev.factdiff.rules.testing.MarkedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of every built-in rule on real parses: a {@code flags} example must be flagged at each
 * {@code [[marked]]} place by the rule and nowhere else; a {@code passes} example must raise nothing.
 */
class RuleExamplesTest {

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (Rule rule : BuiltInRules.all()) {
      List<Example> examples = rule.info().examples();
      for (int i = 0; i < examples.size(); i++) {
        all.add(Arguments.of(rule.info().id(), i + 1, rule, examples.get(i)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} example {1}")
  @MethodSource("examples")
  void ruleBehavesAsItsExampleSays(String id, int number, Rule rule, Example example) {
    ExampleTexts texts = ExampleTexts.of(example);
    MarkedText original = texts.original();
    Optional<MarkedText> revised = texts.revised();
    List<Finding> findings;
    if (rule instanceof SingleVersionRule single) {
      assertTrue(revised.isEmpty(), id + ": a single-version rule's example has one text");
      findings = single.check(texts.originalArticle(), Version.ORIGINAL, RuleConfiguration.defaults());
    } else {
      assertTrue(revised.isPresent(), id + ": a cross-version rule's example has two texts");
      findings = ((CrossVersionRule) rule).check(texts.alignment(), RuleConfiguration.defaults());
    }
    String shown = id + " example " + number + " " + example + " found " + findings;
    if (!example.flags()) {
      assertTrue(findings.isEmpty(), "must raise nothing: " + shown);
      assertTrue(original.marks().isEmpty() && revised.map(r -> r.marks().isEmpty()).orElse(true), "passes with marks: " + shown);
      return;
    }
    List<Span> revisedMarks = revised.map(MarkedText::marks).orElse(List.of());
    assertTrue(!original.marks().isEmpty() || !revisedMarks.isEmpty(), "a flags example marks its places: " + shown);
    for (Span mark : original.marks()) {
      assertTrue(findings.stream().anyMatch(f -> overlaps(f.original(), mark)), "unflagged original " + mark + ": " + shown);
    }
    for (Span mark : revisedMarks) {
      assertTrue(findings.stream().anyMatch(f -> overlaps(f.revised(), mark)), "unflagged revised " + mark + ": " + shown);
    }
    for (Finding f : findings) {
      assertTrue(f.ruleId().equals(id), "finding under another id: " + shown);
      boolean marked =
          original.marks().stream().anyMatch(m -> overlaps(f.original(), m))
              || revisedMarks.stream().anyMatch(m -> overlaps(f.revised(), m));
      assertTrue(marked, "flagged an unmarked place " + f + ": " + shown);
    }
  }

  private static boolean overlaps(Optional<Excerpt> place, Span mark) {
    if (place.isEmpty()) {
      return false;
    }
    Span span = place.get().span();
    Span widened = mark.isEmpty() ? Span.of(mark.start(), mark.start() + 1) : mark;
    return span.overlaps(widened) || span.isEmpty() && widened.start() <= span.start() && span.start() <= widened.end();
  }
}
