package dev.factdiff.cli;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.EngineResult;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.engine.RuleFailure;
import dev.factdiff.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Parses both versions, aligns them and runs the rules; thread-safe, so the HTTP service shares one. */
final class Pipeline {
  private final ArticleParser parser;
  private final Aligner aligner;
  private final RuleEngine engine;

  Pipeline(ArticleParser parser, Aligner aligner, RuleEngine engine) {
    this.parser = parser;
    this.aligner = aligner;
    this.engine = engine;
  }

  /** The built-in rules, configured by {@code config} or by the defaults. */
  static Pipeline create(Optional<Path> config, ArticleParser parser) {
    RuleConfiguration configuration = config.map(RuleConfiguration::load).orElseGet(RuleConfiguration::defaults);
    return new Pipeline(parser, Aligner.create(), RuleEngine.withBuiltInRules(configuration));
  }

  /** Both parses, their alignment, the findings and the rules that failed. */
  record Outcome(Article original, Article revised, Alignment alignment, List<Finding> findings,
      List<RuleFailure> failures) {
    Outcome {
      findings = List.copyOf(findings);
      failures = List.copyOf(failures);
    }
  }

  Outcome check(SourceText original, SourceText revised) {
    Article before = parser.parse(original);
    Article after = parser.parse(revised);
    Alignment alignment = aligner.align(before, after);
    EngineResult result = engine.run(alignment);
    return new Outcome(before, after, alignment, result.findings(), result.failures());
  }
}
