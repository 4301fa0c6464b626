package dev.factdiff.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.text.DoubledWord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepeatedChangesTest {

  private static final String ORIGINAL =
      "Port deal signed\n\nThe port authority signed the contract with Halvorsen Shipping on Tuesday.\n\n"
          + "The mayor welcomed the deal and said Halvorsen had built ports on three continents.\n\n"
          + "Critics said the city paid too much. Halvorsen declined to comment on the price.\n";

  private static final CrossVersionRule CHANGE = new TestRule("SOME_CHANGE");
  private static final CrossVersionRule OTHER = new TestRule("OTHER_CHANGE");

  @Test
  void aNameRespelledInThreeSentencesIsOneFindingWithThreePlaces() {
    List<Finding> findings = check(ORIGINAL.replace("Halvorsen", "Halverson"));
    List<Finding> names = findings.stream().filter(f -> f.category() == Category.NAME_VARIANT).toList();
    assertEquals(1, names.size(), findings.toString());
    Finding name = names.get(0);
    assertEquals(3, name.occurrences(), name.toString());
    int at = -1;
    for (Finding.Place place : name.allPlaces()) {
      at = ORIGINAL.indexOf("Halvorsen", at + 1);
      assertEquals(Span.of(at, at + "Halvorsen".length()), place.original().orElseThrow().span());
      assertEquals("Halverson", place.revised().orElseThrow().text());
    }
  }

  @Test
  void twoDifferentRespellingsStayTwoFindings() {
    String revised =
        ORIGINAL.replaceFirst("Halvorsen Shipping", "Halverson Shipping")
            .replace("Halvorsen declined", "Halvorsan declined");
    List<Finding> names = check(revised).stream().filter(f -> f.category() == Category.NAME_VARIANT).toList();
    assertEquals(2, names.size(), names.toString());
    assertTrue(names.stream().allMatch(f -> f.occurrences() == 1), names.toString());
  }

  @Test
  void theSameWordsAreOneChangeWhateverTheirCaseSpacingOrPunctuation() {
    List<Finding> grouped =
        RepeatedChanges.group(
            List.of(
                finding(CHANGE, 0, "Doctors", "Doctor", Severity.INFO, "'Doctors' became 'Doctor'."),
                finding(CHANGE, 100, "doctors", "doctor.", Severity.ERROR, "'doctors' became 'doctor'."),
                finding(CHANGE, 200, "DOCTORS", "Doctor", Severity.WARNING, "'DOCTORS' became 'Doctor'.")),
            List.of(CHANGE));
    assertEquals(1, grouped.size(), grouped.toString());
    Finding one = grouped.get(0);
    assertEquals(0, one.original().orElseThrow().span().start(), "the first place stays first");
    assertEquals(Severity.ERROR, one.severity(), "as severe as its most severe place");
    assertEquals(List.of(100, 200), one.places().stream().map(p -> p.original().orElseThrow().span().start()).toList());
  }

  @Test
  void differentWordsRulesMessagesOrCaseChangesAreDifferentChanges() {
    List<Finding> findings =
        List.of(
            finding(CHANGE, 0, "Doctors", "Doctor", Severity.WARNING, "changed"),
            finding(CHANGE, 100, "Doctors", "Nurse", Severity.WARNING, "changed"),
            finding(OTHER, 200, "Doctors", "Doctor", Severity.WARNING, "changed"),
            finding(CHANGE, 300, "Doctors", "Doctor", Severity.WARNING, "changed in a quotation"),
            // A change of case only is compared as written: "us" -> "US" is not "US" -> "us".
            finding(CHANGE, 400, "us", "US", Severity.WARNING, "changed case"),
            finding(CHANGE, 500, "US", "us", Severity.WARNING, "changed case"),
            finding(CHANGE, 600, "us", "US", Severity.WARNING, "changed case"));
    List<Finding> grouped = RepeatedChanges.group(findings, List.of(CHANGE, OTHER));
    assertEquals(6, grouped.size(), grouped.toString());
    assertEquals(
        List.of(1, 1, 1, 1, 2, 1), grouped.stream().map(Finding::occurrences).toList(), grouped.toString());
  }

  @Test
  void aRepeatedDefectOfOneTextIsNotOneChange() {
    DoubledWord doubled = new DoubledWord();
    List<Finding> findings =
        List.of(
            new Finding(doubled.info().id(), Category.MALFORMED_TEXT, Severity.WARNING, "doubled", Optional.empty(),
                Optional.of(new Excerpt(Span.of(0, 7), "the the")), Map.of(), Optional.empty()),
            new Finding(doubled.info().id(), Category.MALFORMED_TEXT, Severity.WARNING, "doubled", Optional.empty(),
                Optional.of(new Excerpt(Span.of(50, 57), "the the")), Map.of(), Optional.empty()));
    assertEquals(findings, RepeatedChanges.group(findings, List.of(doubled)));
  }

  private static List<Finding> check(String revised) {
    Aligner aligner = new Aligner();
    Checker checker =
        new Checker(TestParser.get(), aligner::align, RuleEngine.withBuiltInRules(RuleConfiguration.defaults()));
    return checker.check("original", ORIGINAL, "revised", revised).findings();
  }

  private static Finding finding(
      Rule rule, int at, String original, String revised, Severity severity, String message) {
    return new Finding(rule.info().id(), Category.MEANING_CHANGED, severity, message,
        Optional.of(new Excerpt(Span.of(at, at + original.length()), original)),
        Optional.of(new Excerpt(Span.of(at + 10, at + 10 + revised.length()), revised)),
        Map.of("original", original, "revised", revised, "place", String.valueOf(at)), Optional.empty());
  }

  /** A cross-version rule that these tests only name. */
  private record TestRule(String id) implements CrossVersionRule {
    @Override
    public RuleInfo info() {
      return new RuleInfo(
          id, Category.MEANING_CHANGED, Severity.WARNING, "A test rule.",
          List.of(Example.flags("[[x]]", "[[y]]"), Example.passes("y", "y")));
    }

    @Override
    public List<Finding> check(dev.factdiff.core.align.Alignment alignment, dev.factdiff.rules.RuleContext context) {
      return List.of();
    }
  }
}
