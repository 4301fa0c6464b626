package dev.factdiff.server;

import com.google.common.hash.Hashing;
import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.LanguageDetection;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.FindingId;
import dev.factdiff.reports.Gate;
import dev.factdiff.reports.ParagraphRows;
import dev.factdiff.reports.ProcessingError;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.ReportSource;
import dev.factdiff.reports.SourceFormat;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.CheckOutcome;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.engine.SpareCore;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The check behind {@code POST /v1/check}: two texts in, the report out, with the rules, the gate, the severity
 * floor and the dismissed findings the request names. Thread-safe: the parser and the engine are.
 */
public final class ArticleChecks {
  private final ArticleParser parser;
  private final RuleConfiguration configuration;
  private final Optional<SpareCore> spare;
  private final BiFunction<Article, Article, Alignment> aligner;
  private final Checker standard;
  private final Tool tool;
  private final LanguageDetection languages = LanguageDetection.create();

  /** Checks with {@code parser} and the built-in rules as {@code configuration} sets them. */
  public ArticleChecks(ArticleParser parser, RuleConfiguration configuration, SpareCore spare, Tool tool) {
    this(parser, Aligner.create()::align, configuration, Optional.of(spare), tool);
  }

  /** Likewise with {@code aligner} in place of the standard one (tests: a slow one, a greedy one). */
  ArticleChecks(ArticleParser parser, BiFunction<Article, Article, Alignment> aligner, RuleConfiguration configuration,
      Optional<SpareCore> spare, Tool tool) {
    this.parser = parser;
    this.configuration = configuration;
    this.spare = spare;
    this.tool = tool;
    this.aligner = aligner;
    this.standard = checker(configuration);
  }

  /** The rules a request may enable or disable. */
  static List<? extends Rule> rules() {
    return BuiltInRules.all();
  }

  /**
   * The report of {@code request}; raises {@link dev.factdiff.core.input.InputException} for a text that cannot
   * be checked and {@link dev.factdiff.core.limits.DeadlineExceededException} at the deadline.
   */
  Report run(CheckRequest request, Limits limits, Gate defaultGate, Severity defaultFloor, Set<String> dismissed) {
    byte[] originalBytes = request.original().getBytes(StandardCharsets.UTF_8);
    byte[] revisedBytes = request.revised().getBytes(StandardCharsets.UTF_8);
    SourceText original = ArticleReader.read(request.originalName(), originalBytes, limits.maxArticleBytes());
    SourceText revised = ArticleReader.read(request.revisedName(), revisedBytes, limits.maxArticleBytes());
    if (!request.assumeEnglish()) {
      languages.requireEnglish(original, revised);
    }
    Checker checker =
        request.enable().isEmpty() && request.disable().isEmpty()
            ? standard
            : checker(configuration.withRulesSwitched(request.enable(), request.disable()));
    CheckOutcome outcome = checker.check(original, revised, limits);
    Set<String> skipped = new HashSet<>(dismissed);
    skipped.addAll(request.dismissed());
    List<Finding> kept = outcome.findings().stream().filter(f -> !skipped.contains(FindingId.of(f))).toList();
    Severity floor = request.minSeverity().orElse(defaultFloor);
    return new Report(
        tool,
        ReportSource.of(outcome.original(), sha256(originalBytes), format(original), original.encoding()),
        ReportSource.of(outcome.revised(), sha256(revisedBytes), format(revised), revised.encoding()),
        ParagraphRows.of(outcome.alignment()),
        kept.stream().filter(f -> f.severity().atLeast(floor)).toList(),
        outcome.failures().stream().map(f -> new ProcessingError(f.ruleId(), f.message())).toList(),
        request.failOn().orElse(defaultGate),
        outcome.findings().size() - kept.size());
  }

  private Checker checker(RuleConfiguration rulesConfiguration) {
    RuleEngine engine = RuleEngine.withBuiltInRules(rulesConfiguration);
    return new Checker(parser, aligner, spare.map(engine::withSpareCore).orElse(engine));
  }

  private static SourceFormat format(SourceText source) {
    return switch (source.format()) {
      case TEXT -> SourceFormat.TEXT;
      case HTML -> SourceFormat.HTML;
      case MARKDOWN -> SourceFormat.MARKDOWN;
      case DOCX -> SourceFormat.DOCX;
    };
  }

  private static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
