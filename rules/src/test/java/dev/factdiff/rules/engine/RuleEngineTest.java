package dev.factdiff.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.text.DoubledWord;
import dev.factdiff.rules.text.SpacedHyphen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  private static final Article ORIGINAL =
      TestParser.get().parse("original", "The talks covered the the fight against terrorism.\n\nReader comments: the the best.");
  private static final Article REVISED =
      TestParser.get().parse("revised", "The talks in Moscow backed the government of al -Assad.\n\nThe the talks went on.");
  private static final Alignment PAIR = new Alignment(ORIGINAL, REVISED, List.of());

  @Test
  void singleVersionRulesRunOnBothVersionsEachOnItsOwnSide() {
    List<Finding> findings = RuleEngine.withBuiltInRules(RuleConfiguration.defaults()).run(PAIR).findings();
    List<String> places = findings.stream().map(RuleEngineTest::describe).toList();
    assertEquals(
        List.of(
            "DOUBLED_WORD original the the",
            "DOUBLED_WORD original the the",
            "SPACED_HYPHEN revised al -Assad",
            "DOUBLED_WORD revised The the"),
        places);
  }

  @Test
  void configurationDisablesRulesChangesSeveritiesAndIgnoresBoilerplate() {
    RuleConfiguration config =
        RuleConfiguration.parse(
            "test.yaml",
            "rules:\n  SPACED_HYPHEN: {enabled: false}\n  DOUBLED_WORD: {severity: info}\nboilerplate: ['reader comments: .*']\n",
            BuiltInRules.all());
    List<Finding> findings = RuleEngine.withBuiltInRules(config).run(PAIR).findings();
    assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals(SpacedHyphen.ID)), findings.toString());
    List<Finding> doubled = findings.stream().filter(f -> f.ruleId().equals(DoubledWord.ID)).toList();
    assertEquals(
        List.of("DOUBLED_WORD original the the", "DOUBLED_WORD revised The the"),
        doubled.stream().map(RuleEngineTest::describe).toList(),
        "the doubled word in the ignored paragraph is dropped");
    assertTrue(doubled.stream().allMatch(f -> f.severity() == Severity.INFO));
  }

  @Test
  void aRuleThatThrowsBecomesAFailureAndTheRunGoesOn() {
    RuleEngine engine = RuleEngine.of(List.of(new Throwing(), new DoubledWord()), RuleConfiguration.defaults());
    EngineResult result = engine.run(PAIR);
    assertEquals(
        List.of(
            new RuleFailure("THROWING", "reading the original: IllegalStateException: no luck"),
            new RuleFailure("THROWING", "reading the revised: IllegalStateException: no luck")),
        result.failures());
    assertEquals(3, result.findings().size(), "the other rule still reports: " + result.findings());
  }

  @Test
  void failuresComeInRuleOrderWhicheverThreadRanTheRule() {
    List<Rule> rules = new ArrayList<>();
    List<RuleFailure> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = "THROWING_" + (char) ('Z' - i);
      rules.add(new Throwing(id));
      expected.add(new RuleFailure(id, "reading the original: IllegalStateException: no luck"));
      expected.add(new RuleFailure(id, "reading the revised: IllegalStateException: no luck"));
    }
    try (SpareCore spare = SpareCore.start()) {
      RuleEngine engine = RuleEngine.of(rules, RuleConfiguration.defaults()).withSpareCore(spare);
      for (int run = 0; run < 20; run++) {
        assertEquals(expected, engine.run(PAIR).failures());
      }
    }
  }

  @Test
  void findingsOfOneCategoryAtOnePlaceMergeKeepingTheMostSevere() {
    RuleEngine engine =
        RuleEngine.of(
            List.of(new WordFlagger("AAA_WEAK", "fight", Severity.INFO), new WordFlagger("BBB_STRONG", "fight", Severity.ERROR),
                new WordFlagger("CCC_OTHER", "against", Severity.WARNING)),
            RuleConfiguration.defaults());
    List<Finding> findings = engine.run(PAIR).findings();
    assertEquals(List.of("BBB_STRONG original fight", "CCC_OTHER original against"), findings.stream().map(RuleEngineTest::describe).toList());
  }

  @Test
  void findingsAreOrderedByOriginalThenRevisedPosition() {
    RuleEngine engine =
        RuleEngine.of(
            List.of(new WordFlagger("ZZZ", "talks", Severity.WARNING), new WordFlagger("AAA", "fight", Severity.WARNING)),
            RuleConfiguration.defaults());
    List<Finding> findings = engine.run(PAIR).findings();
    assertEquals(
        List.of("ZZZ original talks", "AAA original fight", "ZZZ revised talks", "ZZZ revised talks"),
        findings.stream().map(RuleEngineTest::describe).toList());
  }

  @Test
  void aFindingOnTheWrongSideIsAFailure() {
    EngineResult result = RuleEngine.of(List.of(new WrongSide()), RuleConfiguration.defaults()).run(PAIR);
    assertTrue(result.findings().isEmpty());
    assertEquals(2, result.failures().size(), result.failures().toString());
  }

  @Test
  void crossVersionRulesReadTheAlignment() {
    EngineResult result = RuleEngine.of(List.of(new BothSides()), RuleConfiguration.defaults()).run(PAIR);
    assertEquals(1, result.findings().size());
    assertEquals("The", result.findings().get(0).revised().orElseThrow().text());
  }

  @Test
  void builtInRulesHaveUniqueIds() {
    assertEquals(
        BuiltInRules.all().size(),
        BuiltInRules.all().stream().map(r -> r.info().id()).distinct().count());
  }

  private static String describe(Finding f) {
    Optional<Excerpt> place = f.original().isPresent() ? f.original() : f.revised();
    return f.ruleId() + (f.original().isPresent() ? " original " : " revised ") + place.orElseThrow().text();
  }

  private static RuleInfo info(String id, Category category, Severity severity) {
    return new RuleInfo(id, category, severity, "A test rule.", List.of(Example.flags("[[x]]"), Example.passes("y")));
  }

  /** Flags every occurrence of a word, in MEANING_CHANGED. */
  private record WordFlagger(String id, String word, Severity severity) implements SingleVersionRule {
    @Override
    public RuleInfo info() {
      return RuleEngineTest.info(id, Category.MEANING_CHANGED, severity);
    }

    @Override
    public List<Finding> check(Article article, Version version, RuleContext context) {
      Matcher m = Pattern.compile("(?i)\\b" + word + "\\b").matcher(article.text());
      List<Finding> found = new java.util.ArrayList<>();
      while (m.find()) {
        Optional<Excerpt> place = Optional.of(Excerpt.of(article, Span.of(m.start(), m.end())));
        found.add(
            new Finding(id, Category.MEANING_CHANGED, severity, word,
                version == Version.ORIGINAL ? place : Optional.empty(),
                version == Version.REVISED ? place : Optional.empty(), Map.of(), Optional.empty()));
      }
      return found;
    }
  }

  private record Throwing(String id) implements SingleVersionRule {
    Throwing() {
      this("THROWING");
    }

    @Override
    public RuleInfo info() {
      return RuleEngineTest.info(id, Category.MALFORMED_TEXT, Severity.WARNING);
    }

    @Override
    public List<Finding> check(Article article, Version version, RuleContext context) {
      throw new IllegalStateException("no luck");
    }
  }

  /** Places its findings in the other version than the one it read. */
  private static final class WrongSide implements SingleVersionRule {
    @Override
    public RuleInfo info() {
      return RuleEngineTest.info("WRONG_SIDE", Category.MALFORMED_TEXT, Severity.WARNING);
    }

    @Override
    public List<Finding> check(Article article, Version version, RuleContext context) {
      Optional<Excerpt> place = Optional.of(Excerpt.of(article, Span.of(0, 3)));
      return List.of(
          new Finding("WRONG_SIDE", Category.MALFORMED_TEXT, Severity.WARNING, "wrong side",
              version == Version.REVISED ? place : Optional.empty(),
              version == Version.ORIGINAL ? place : Optional.empty(), Map.of(), Optional.empty()));
    }
  }

  /** Compares the first words of the two versions. */
  private static final class BothSides implements CrossVersionRule {
    @Override
    public RuleInfo info() {
      return RuleEngineTest.info("BOTH_SIDES", Category.MEANING_CHANGED, Severity.WARNING);
    }

    @Override
    public List<Finding> check(Alignment alignment, RuleContext context) {
      Span last = alignment.revised().paragraphs().get(1).sentences().get(0).tokens().get(0).span();
      return List.of(
          new Finding("BOTH_SIDES", Category.MEANING_CHANGED, Severity.WARNING, "first words",
              Optional.of(Excerpt.of(alignment.original(), Span.of(0, 3))),
              Optional.of(Excerpt.of(alignment.revised(), last)), Map.of(), Optional.empty()));
    }
  }
}
