package dev.factdiff.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-formed news copy full of the constructions that look like text defects to a naive check. */
class CleanTextTest {

  private static final String ARTICLE =
      """
      City council approves $3.5 million budget for new bridge

      By Jane Doe and John Q. Public

      LONDON (Wire) - The U.S. and U.K. delegations met at 9 a.m. on Monday at No. 10 Downing St. in London.

      Mr. Smith, 54, said the plan was “a good start.” He added: “We will keep going… and we will not stop.”

      “This is the first step,” she said. “The next one will be harder.

      “But we will get there,” she added.

      The vote was 7-2. Prices rose 3.5% in the year to March, the agency said; analysts had expected 3.4%.

      The smaller the deficit, the lower the rates, economists say.

      Sales of the iPhone rose. eBay shares fell, however, and the company’s ’90s-era logo was dropped.

      Jean-Pierre Dupont, a French-born engineer, led the pro- and anti-bridge debate, which ran from 2 p.m. to 5 p.m.

      He said that that was what he had had in mind all along.

      The report, titled ‘Bridges and Budgets,’ is due in the spring. What happens then? Nobody knows!

      Photo: City Hall.

      Related articles
      """;

  @Test
  void textRulesRaiseNothingOnCleanCopy() {
    Article article = TestParser.get().parse("clean.txt", ARTICLE);
    RuleEngine engine = RuleEngine.of(SeedPairTextRulesTest.textRules(), RuleConfiguration.defaults());
    List<Finding> findings = engine.run(new Alignment(article, article, List.of())).findings();
    assertEquals(List.of(), findings);
  }
}
