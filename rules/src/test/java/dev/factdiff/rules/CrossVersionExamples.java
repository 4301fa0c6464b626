package dev.factdiff.rules;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.testing.MarkedText;
import java.util.List;

/** Runs a cross-version rule on an example pair: parses the revision, aligns the two and checks the alignment. */
final class CrossVersionExamples {

  private CrossVersionExamples() {}

  static List<Finding> check(CrossVersionRule rule, Article original, MarkedText revised) {
    Article revisedArticle = TestParser.get().parse("revised", revised.text());
    Alignment alignment = align(original, revisedArticle);
    return rule.check(alignment, RuleConfiguration.defaults());
  }

  private static Alignment align(Article original, Article revised) {
    throw new UnsupportedOperationException("the aligner has not landed on main yet");
  }
}
