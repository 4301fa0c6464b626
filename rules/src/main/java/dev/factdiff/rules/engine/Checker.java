package dev.factdiff.rules.engine;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.core.parse.ParsedArticleCache;
import dev.factdiff.core.parse.ParsedPair;
import dev.factdiff.rules.config.RuleConfiguration;
import java.util.function.BiFunction;

/**
 * Checks two versions of an article: parses both, aligns them and runs the rules. What the command line, the HTTP
 * service and the evaluation call. Thread-safe when its parts are.
 */
public final class Checker {

  /** Enough for a desk's originals: one original checked against many revisions is parsed once. */
  private static final int CACHED_ARTICLES = 64;

  private final ParsedArticleCache parsed;
  private final BiFunction<Article, Article, Alignment> aligner;
  private final RuleEngine engine;

  /**
   * @param aligner links the sentences of the two versions, for example {@code new Aligner()::align}
   */
  public Checker(ArticleParser parser, BiFunction<Article, Article, Alignment> aligner, RuleEngine engine) {
    this.parsed = new ParsedArticleCache(parser, CACHED_ARTICLES);
    this.aligner = aligner;
    this.engine = engine;
  }

  /** The standard checker: CoreNLP parser, factdiff's aligner and the built-in rules as configured. */
  public Checker(ArticleParser parser, Aligner aligner, RuleEngine engine) {
    this(parser, aligner::align, engine);
  }

  /** The standard checker with a new parser; its models load on first use. */
  public static Checker create(RuleConfiguration configuration) {
    return new Checker(ArticleParser.create(), new Aligner(), RuleEngine.withBuiltInRules(configuration));
  }

  /** Parses the two versions in parallel (an article parsed before comes from the cache), aligns them, runs the rules. */
  public CheckOutcome check(SourceText original, SourceText revised) {
    ParsedPair pair = parsed.parsePair(original, revised);
    return check(pair.original(), pair.revised());
  }

  public CheckOutcome check(String originalName, String originalText, String revisedName, String revisedText) {
    return check(SourceText.ofPlainText(originalName, originalText), SourceText.ofPlainText(revisedName, revisedText));
  }

  /** Aligns two parsed versions and runs the rules. */
  public CheckOutcome check(Article original, Article revised) {
    Alignment alignment = aligner.apply(original, revised);
    EngineResult result = engine.run(alignment);
    return new CheckOutcome(original, revised, alignment, result.findings(), result.failures());
  }

  public RuleEngine engine() {
    return engine;
  }
}
