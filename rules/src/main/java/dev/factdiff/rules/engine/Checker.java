package dev.factdiff.rules.engine;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.limits.Limits;
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

  /**
   * The standard checker with a new parser and factdiff's meaning model; the meaning model starts loading now, so
   * that it loads while CoreNLP's models load on first use.
   */
  public static Checker create(RuleConfiguration configuration) {
    return new Checker(ArticleParser.create(), Aligner.create(), RuleEngine.withBuiltInRules(configuration));
  }

  /** Parses the two versions in parallel (an article parsed before comes from the cache), aligns them, runs the rules. */
  public CheckOutcome check(SourceText original, SourceText revised) {
    ParsedPair pair = parsed.parsePair(original, revised);
    return check(pair.original(), pair.revised());
  }

  public CheckOutcome check(String originalName, String originalText, String revisedName, String revisedText) {
    return check(SourceText.ofPlainText(originalName, originalText), SourceText.ofPlainText(revisedName, revisedText));
  }

  /**
   * Likewise within {@code limits}: a version too long or with a sentence too long is refused with an
   * {@link dev.factdiff.core.input.InputException}, and the check stops with a
   * {@link dev.factdiff.core.limits.DeadlineExceededException} once its deadline has passed (looked at between
   * sentences while parsing, between the stages and between rules).
   */
  public CheckOutcome check(SourceText original, SourceText revised, Limits limits) {
    Deadline deadline = limits.startDeadline();
    ParsedPair pair = parsed.parsePair(original, revised, limits, deadline);
    return check(pair.original(), pair.revised(), deadline);
  }

  /** Aligns two parsed versions and runs the rules. */
  public CheckOutcome check(Article original, Article revised) {
    return check(original, revised, Deadline.none());
  }

  private CheckOutcome check(Article original, Article revised, Deadline deadline) {
    deadline.check();
    Alignment alignment = aligner.apply(original, revised);
    deadline.check();
    EngineResult result = engine.run(alignment, deadline);
    return new CheckOutcome(original, revised, alignment, result.findings(), result.failures());
  }

  public RuleEngine engine() {
    return engine;
  }
}
