package dev.factdiff.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import dev.factdiff.rules.config.RuleConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 3: thousands of findings in one long paragraph (a page of 100,000 one-word sentences) made the
 * engine take a paragraph's text for each and compare each with all kept before it; past a bound the first are
 * reported, with a processing error that says how many there were.
 */
class FindingCapTest {

  /** Flags every "x" of a version. */
  private static final class EveryX implements SingleVersionRule {
    @Override
    public RuleInfo info() {
      return new RuleInfo("EVERY_X", Category.MEANING_CHANGED, Severity.WARNING, "Flags every x.",
          List.of(Example.flags("[[x]]"), Example.passes("y")));
    }

    @Override
    public List<Finding> check(Article article, Version version, RuleContext context) {
      List<Finding> found = new ArrayList<>();
      for (int at = article.text().indexOf('x'); at >= 0; at = article.text().indexOf('x', at + 1)) {
        Optional<Excerpt> place = Optional.of(Excerpt.of(article, Span.of(at, at + 1)));
        found.add(new Finding("EVERY_X", Category.MEANING_CHANGED, Severity.WARNING, "an x",
            version == Version.ORIGINAL ? place : Optional.empty(),
            version == Version.REVISED ? place : Optional.empty(), Map.of(), Optional.empty()));
      }
      return found;
    }
  }

  private static Article article(String name, int xs) {
    String text = "x ".repeat(xs);
    return new Article(name, text,
        List.of(new Paragraph(0, ParagraphKind.BODY, new Span(0, text.length()), List.of())));
  }

  @Test
  void thousandsOfFindingsAreCutWithAProcessingError() {
    Alignment alignment = new Alignment(article("original", 6_000), article("revised", 10), List.of());
    EngineResult result = RuleEngine.of(List.of(new EveryX()), RuleConfiguration.defaults()).run(alignment);
    assertEquals(RuleEngine.MAX_FINDINGS, result.findings().size());
    assertEquals(1, result.failures().size());
    assertTrue(result.failures().get(0).message().contains("6,010 findings"), result.failures().get(0).message());
  }

  @Test
  void fewFindingsAreAllReported() {
    Alignment alignment = new Alignment(article("original", 30), article("revised", 10), List.of());
    EngineResult result = RuleEngine.of(List.of(new EveryX()), RuleConfiguration.defaults()).run(alignment);
    assertEquals(40, result.findings().size());
    assertTrue(result.failures().isEmpty());
  }
}
