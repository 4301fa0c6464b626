package dev.factdiff.rules.engine;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.parse.ArticleParser;
import java.util.function.BiFunction;

/**
 * Checks two versions of an article: parses both, aligns them and runs the rules. What the command line, the HTTP
 * service and the evaluation call. Thread-safe when its parts are.
 */
public final class Checker {

  private final ArticleParser parser;
  private final BiFunction<Article, Article, Alignment> aligner;
  private final RuleEngine engine;

  /**
   * @param aligner links the sentences of the two versions, for example {@code new Aligner()::align}
   */
  public Checker(ArticleParser parser, BiFunction<Article, Article, Alignment> aligner, RuleEngine engine) {
    this.parser = parser;
    this.aligner = aligner;
    this.engine = engine;
  }

  public CheckOutcome check(SourceText original, SourceText revised) {
    return check(parser.parse(original), parser.parse(revised));
  }

  public CheckOutcome check(String originalName, String originalText, String revisedName, String revisedText) {
    return check(parser.parse(originalName, originalText), parser.parse(revisedName, revisedText));
  }

  private CheckOutcome check(Article original, Article revised) {
    Alignment alignment = aligner.apply(original, revised);
    EngineResult result = engine.run(alignment);
    return new CheckOutcome(original, revised, alignment, result.findings(), result.failures());
  }

  public RuleEngine engine() {
    return engine;
  }
}
