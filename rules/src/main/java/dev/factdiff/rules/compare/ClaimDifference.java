package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The one implementation of ADDED_CLAIM and MISSING_CLAIM, which read the alignment from opposite ends: what one
 * version says that the other does not, as a sentence with no counterpart, a named entity, or a phrase the other
 * version does not render. Where the two differ (a dropped headline is named as one, a dropped subject is
 * reported), the difference is a property of the {@link Direction}.
 */
final class ClaimDifference {

  /** Which version says what the other lacks, and how the findings word it. */
  enum Direction {
    /** The revision says it, the original does not. */
    ADDED(false, "adds", false),
    /** The original says it, the revision does not. */
    MISSING(true, "leaves out", true);

    private final boolean fromOriginal;
    private final String verb;
    /**
     * Whether an unmatched headline or subheading is named as one and a dropped subject is reported: only
     * MISSING_CLAIM did so when the two rules were mirror copies, and their findings are kept as they were.
     */
    private final boolean missingOnly;

    Direction(boolean fromOriginal, String verb, boolean missingOnly) {
      this.fromOriginal = fromOriginal;
      this.verb = verb;
      this.missingOnly = missingOnly;
    }

    private String holder() {
      return fromOriginal ? "original" : "revision";
    }

    private String other() {
      return fromOriginal ? "revision" : "original";
    }
  }

  private ClaimDifference() {}

  static List<Finding> find(RuleInfo info, Alignment alignment, Direction direction) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      List<Sentence> mine = direction.fromOriginal ? pair.original() : pair.revised();
      List<Sentence> theirs = direction.fromOriginal ? pair.revised() : pair.original();
      if (theirs.isEmpty()) {
        for (Sentence s : mine) {
          if (Unmatched.bearsFacts(s)) {
            findings.add(unmatched(info, s, alignment, direction));
          }
        }
      } else if (pair.isMatched()) {
        parts(info, pair, alignment, direction, findings);
      }
    }
    return findings;
  }

  private static Finding unmatched(RuleInfo info, Sentence s, Alignment alignment, Direction direction) {
    String what =
        !direction.missingOnly ? "This sentence"
            : s.kind() == ParagraphKind.HEADLINE ? "The headline"
            : s.kind().isHeading() ? "The subheading"
            : "This sentence";
    return placed(
        info,
        what + " of the " + direction.holder() + " has no counterpart in the " + direction.other() + ": "
            + Findings.quote(s.text()),
        alignment,
        s.span(),
        direction);
  }

  private static void parts(
      RuleInfo info, AlignedPair pair, Alignment alignment, Direction direction, List<Finding> findings) {
    boolean fromOriginal = direction.fromOriginal;
    // A name a pronoun took the place of (or that took a pronoun's place) is reported once, by the lost-reference
    // rule, at the pronoun.
    List<Span> handled = fromOriginal
        ? Antecedents.lost(pair, alignment).stream().map(Antecedents.Lost::phraseSpan).toList()
        : Antecedents.renamed(pair, alignment).stream().map(Antecedents.Renamed::nameSpan).toList();
    EntityCoverage coverage = EntityCoverage.of(pair);
    for (Mention m : fromOriginal ? coverage.dropped() : coverage.added()) {
      if (handled.stream().anyMatch(m.span()::overlaps)) {
        continue;
      }
      if (WordOrder.frames(pair, fromOriginal) && !Unmatched.namedNearby(m.text(), pair, alignment, fromOriginal)) {
        findings.add(
            placed(
                info,
                Findings.quote(m.text()) + " is named in the " + direction.holder() + " of this sentence but not in the "
                    + direction.other() + ".",
                alignment,
                m.span(),
                direction));
      }
    }
    Article holder = fromOriginal ? alignment.original() : alignment.revised();
    List<Span> lost = new ArrayList<>(handled);
    for (List<Token> phrase : Unmatched.lostPhrases(pair, fromOriginal)) {
      Span span = Unmatched.extent(phrase);
      if (lost.stream().anyMatch(span::overlaps)) {
        continue;
      }
      lost.add(span);
      findings.add(
          placed(
              info,
              "The revision of this sentence " + direction.verb + " " + Findings.quote(holder.text(span)) + ".",
              alignment,
              span,
              direction));
    }
    if (!direction.missingOnly) {
      return;
    }
    for (List<Token> subject : Unmatched.droppedSubjects(pair)) {
      Span span = Unmatched.extent(subject);
      if (lost.stream().noneMatch(span::overlaps)) {
        findings.add(
            placed(
                info,
                "The revision of this sentence drops its subject " + Findings.quote(holder.text(span)) + ".",
                alignment,
                span,
                direction));
      }
    }
  }

  private static Finding placed(RuleInfo info, String message, Alignment alignment, Span span, Direction direction) {
    return direction.fromOriginal
        ? Findings.inOriginal(info, Severity.WARNING, message, alignment, span)
        : Findings.inRevised(info, Severity.WARNING, message, alignment, span);
  }
}
