package dev.factdiff.rules.engine;

import com.google.common.base.Preconditions;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every enabled rule on an alignment: single-version rules on each version, cross-version rules on the pair.
 * Applies the configured severities ({@link RuleConfiguration#severity}), drops findings in ignored boilerplate,
 * orders and deduplicates the rest and makes one finding of each change repeated through the document
 * ({@link RepeatedChanges}). A
 * rule that throws becomes a {@link RuleFailure} and the run goes on. Immutable, thread-safe and reusable.
 */
public final class RuleEngine {

  private final List<Rule> rules;
  private final RuleConfiguration configuration;
  private final Optional<SpareCore> spare;

  private RuleEngine(List<Rule> rules, RuleConfiguration configuration, Optional<SpareCore> spare) {
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      Preconditions.checkArgument(ids.add(rule.info().id()), "two rules have the id %s", rule.info().id());
    }
    Set<String> strangers = new TreeSet<>(configuration.configuredRules());
    strangers.removeAll(ids);
    Preconditions.checkArgument(strangers.isEmpty(), "the configuration names rules the engine lacks: %s", strangers);
    this.rules = List.copyOf(rules);
    this.configuration = configuration;
    this.spare = spare;
  }

  public static RuleEngine withBuiltInRules(RuleConfiguration configuration) {
    return of(BuiltInRules.all(), configuration);
  }

  /** An engine for the given rules (for tests, and for callers that choose their own set). */
  public static RuleEngine of(List<Rule> rules, RuleConfiguration configuration) {
    return new RuleEngine(rules, configuration, Optional.empty());
  }

  /** This engine running its rules on {@code spare}'s helper thread too, which the caller owns and closes. */
  public RuleEngine withSpareCore(SpareCore spare) {
    return new RuleEngine(rules, configuration, Optional.of(spare));
  }

  /** Every rule this engine knows, enabled or not. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules that run. */
  public List<Rule> enabledRules() {
    return rules.stream().filter(r -> configuration.isEnabled(r.info().id())).toList();
  }

  public RuleConfiguration configuration() {
    return configuration;
  }

  public EngineResult run(Alignment alignment) {
    return run(alignment, Deadline.none());
  }

  /** Likewise, stopping with a {@link dev.factdiff.core.limits.DeadlineExceededException} between rules. */
  public EngineResult run(Alignment alignment, Deadline deadline) {
    List<Finding> findings = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    List<RuleOutput> outputs = SpareCore.map(spare, enabledRules(), rule -> {
      deadline.check();
      return run(rule, alignment);
    });
    for (RuleOutput output : outputs) {
      findings.addAll(output.findings());
      failures.addAll(output.failures());
    }
    deadline.check();
    // The ignored paragraphs once per version, not once per finding: a paragraph's text for each of thousands of
    // findings in one long paragraph was quadratic.
    List<Span> ignoredOriginal = ignoredSpans(alignment.original());
    List<Span> ignoredRevised = ignoredSpans(alignment.revised());
    List<Finding> kept =
        findings.stream()
            .filter(f -> !inIgnoredText(f.original(), ignoredOriginal))
            .filter(f -> !inIgnoredText(f.revised(), ignoredRevised))
            .sorted(FindingOrder.BY_POSITION)
            .toList();
    if (kept.size() > MAX_FINDINGS) {
      // Deduplication compares each finding with those kept before it: bounded here, and no editor reads more.
      failures.add(new RuleFailure("FACTDIFF", String.format(Locale.ROOT,
          "%,d findings: only the first %,d by position are reported", kept.size(), MAX_FINDINGS)));
      kept = kept.subList(0, MAX_FINDINGS);
    }
    List<Finding> softened = BenignRewording.soften(kept, alignment, configuration);
    return new EngineResult(RepeatedChanges.group(Deduplicator.deduplicate(softened), rules), failures);
  }

  /** More findings than this in one check are cut, with a processing error that says so. */
  static final int MAX_FINDINGS = 5_000;

  /** What one rule reported, and how it failed, in the order a run in turn would have them. */
  private record RuleOutput(List<Finding> findings, List<RuleFailure> failures) {}

  private RuleOutput run(Rule rule, Alignment alignment) {
    List<Finding> findings = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    if (rule instanceof SingleVersionRule single) {
      runSingle(single, alignment.original(), Version.ORIGINAL, findings, failures);
      runSingle(single, alignment.revised(), Version.REVISED, findings, failures);
    } else if (rule instanceof CrossVersionRule cross) {
      runCross(cross, alignment, findings, failures);
    }
    return new RuleOutput(findings, failures);
  }

  private void runSingle(
      SingleVersionRule rule, Article article, Version version, List<Finding> out, List<RuleFailure> failures) {
    String id = rule.info().id();
    List<Finding> found;
    try {
      found = rule.check(article, version, configuration);
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(RuleFailure.of(id, "reading the " + version.name().toLowerCase(Locale.ROOT), e));
      return;
    }
    for (Finding finding : found) {
      boolean wrongSide =
          version == Version.ORIGINAL ? finding.revised().isPresent() : finding.original().isPresent();
      if (wrongSide || !finding.ruleId().equals(id)) {
        failures.add(new RuleFailure(id, "reported a finding outside the version it read: " + finding.message()));
      } else {
        out.add(withConfiguredSeverity(rule, finding));
      }
    }
  }

  private void runCross(CrossVersionRule rule, Alignment alignment, List<Finding> out, List<RuleFailure> failures) {
    String id = rule.info().id();
    try {
      for (Finding finding : rule.check(alignment, configuration)) {
        if (finding.ruleId().equals(id)) {
          out.add(withConfiguredSeverity(rule, finding));
        } else {
          failures.add(new RuleFailure(id, "reported a finding under another rule's id: " + finding.ruleId()));
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(RuleFailure.of(id, "comparing the versions", e));
    }
  }

  /** Every finding passes through the configuration's severity for its rule, whatever severity it was reported at. */
  private Finding withConfiguredSeverity(Rule rule, Finding finding) {
    Severity configured = configuration.severity(rule.info().id(), finding.severity());
    return configured == finding.severity() ? finding : finding.withSeverity(configured);
  }

  private static boolean inIgnoredText(Optional<Excerpt> place, List<Span> ignored) {
    if (place.isEmpty()) {
      return false;
    }
    Span span = place.get().span();
    for (Span paragraph : ignored) {
      if (paragraph.contains(span)) {
        return true;
      }
    }
    return false;
  }

  private List<Span> ignoredSpans(Article article) {
    List<Span> ignored = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      if (isIgnored(paragraph, article)) {
        ignored.add(paragraph.span());
      }
    }
    return ignored;
  }

  private boolean isIgnored(Paragraph paragraph, Article article) {
    return paragraph.kind() == ParagraphKind.BOILERPLATE
        || configuration.isBoilerplate(article.text(paragraph.span()));
  }
}
