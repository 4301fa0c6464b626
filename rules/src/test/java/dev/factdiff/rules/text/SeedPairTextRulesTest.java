package dev.factdiff.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.eval.EvalCase;
import dev.factdiff.rules.eval.EvalCases;
import dev.factdiff.rules.eval.ExpectedItem;
import dev.factdiff.rules.eval.Place;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the seed pair the text rules find the eight broken or malformed places of expected-findings.json, and nothing else. */
class SeedPairTextRulesTest {

  private static final Set<String> TEXT_CATEGORIES =
      Set.of(Category.BROKEN_SENTENCE.name(), Category.MALFORMED_TEXT.name());

  private static EvalCase seed;
  private static List<Finding> findings;

  @BeforeAll
  static void check() {
    seed = EvalCases.load(Seeds.dir().resolve("expected-findings.json")).get(0);
    List<Rule> textRules = textRules();
    RuleEngine engine = RuleEngine.of(textRules, RuleConfiguration.defaults());
    findings = engine.run(new Alignment(Seeds.original(), Seeds.revised(), List.of())).findings();
  }

  static List<Rule> textRules() {
    return BuiltInRules.all().stream()
        .filter(r -> r.getClass().getPackageName().equals(StrayPeriod.class.getPackageName()))
        .toList();
  }

  @Test
  void findsEachBrokenOrMalformedPlace() {
    List<ExpectedItem> places =
        seed.must().stream().filter(m -> TEXT_CATEGORIES.contains(m.category())).toList();
    assertEquals(8, places.size(), "expected-findings.json names eight such places");
    for (ExpectedItem place : places) {
      assertTrue(
          findings.stream().anyMatch(f -> f.category().name().equals(place.category()) && overlaps(f, place)),
          "no " + place.category() + " finding at " + place.id());
    }
  }

  @Test
  void raisesNoOtherWarningOrError() {
    List<ExpectedItem> places =
        seed.must().stream().filter(m -> TEXT_CATEGORIES.contains(m.category())).toList();
    for (Finding finding : findings) {
      if (finding.severity().atLeast(Severity.WARNING)) {
        assertTrue(
            places.stream().anyMatch(p -> p.category().equals(finding.category().name()) && overlaps(finding, p)),
            "false alarm: " + finding);
      }
    }
  }

  @Test
  void reportsEachPlaceOnce() {
    long warnings = findings.stream().filter(f -> f.severity().atLeast(Severity.WARNING)).count();
    assertEquals(8, warnings, () -> "findings: " + findings);
  }

  private static boolean overlaps(Finding f, ExpectedItem item) {
    return overlaps(f.original(), item.original()) || overlaps(f.revised(), item.revised());
  }

  private static boolean overlaps(Optional<Excerpt> found, Optional<Place> expected) {
    return found.isPresent()
        && expected.isPresent()
        && Place.widened(found.get().span().start(), found.get().span().end()).overlaps(expected.get());
  }
}
