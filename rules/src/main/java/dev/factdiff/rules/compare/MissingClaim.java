package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the original says and the revision leaves out: a sentence with no counterpart (a headline too), or a
 * named entity or content noun of an aligned sentence that the revision does not render at all. Page
 * boilerplate is ignored.
 */
public final class MissingClaim implements CrossVersionRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MISSING_CLAIM",
          Category.CLAIM_MISSING,
          Severity.WARNING,
          "Something the original states is not in the revision: a whole sentence, or a name or noun of one.",
          List.of(
              Example.flags(
                  "The mayor opened the bridge on Monday. [[Traffic was diverted for three hours.]]",
                  "The mayor opened the bridge on Monday."),
              Example.flags(
                  "On Friday the storm damaged the [[harbour]] and several houses in the old town near the river.",
                  "On Friday the storm damaged several houses in the old town near the river."),
              Example.flags(
                  "After the meeting [[we]] walked back to the office together.",
                  "After the meeting walked back to the office together."),
              Example.flags(
                  "The new fund will help farmers cope with the [[effects]] of the long drought.",
                  "The new fund will help farmers cope with the of the long drought."),
              Example.passes(
                  "The mayor opened the new bridge on Monday.", "On Monday the mayor opened the new bridge."),
              Example.passes(
                  "The region is home to some four million people.",
                  "About four million people live in the region.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (pair.revised().isEmpty()) {
        for (Sentence s : pair.original()) {
          if (Unmatched.bearsFacts(s)) {
            findings.add(dropped(s, alignment));
          }
        }
      } else if (pair.isMatched()) {
        partsMissing(pair, alignment, findings);
      }
    }
    return findings;
  }

  private static Finding dropped(Sentence s, Alignment alignment) {
    String what = s.kind() == ParagraphKind.HEADLINE ? "The headline" : s.kind().isHeading() ? "The subheading" : "This sentence";
    return Findings.inOriginal(
        INFO,
        Severity.WARNING,
        what + " of the original has no counterpart in the revision: " + Findings.quote(s.text()),
        alignment,
        s.span());
  }

  private static void partsMissing(AlignedPair pair, Alignment alignment, List<Finding> findings) {
    // A name a pronoun took the place of is reported once, at the pronoun, by the lost-reference rule.
    List<Span> lost = new ArrayList<>(Antecedents.lost(pair, alignment).stream().map(Antecedents.Lost::phraseSpan).toList());
    for (Mention m : EntityCoverage.of(pair).dropped()) {
      if (lost.stream().anyMatch(m.span()::overlaps)) {
        continue;
      }
      if (WordOrder.frames(pair, true) && !Unmatched.namedNearby(m.text(), pair, alignment, true)) {
        findings.add(
            Findings.inOriginal(
                INFO,
                Severity.WARNING,
                Findings.quote(m.text()) + " is named in the original of this sentence but not in the revision.",
                alignment,
                m.span()));
      }
    }
    for (List<Token> phrase : Unmatched.lostPhrases(pair, true)) {
      Span span = Unmatched.extent(phrase);
      if (lost.stream().anyMatch(span::overlaps)) {
        continue;
      }
      lost.add(span);
      findings.add(
          Findings.inOriginal(
              INFO,
              Severity.WARNING,
              "The revision of this sentence leaves out " + Findings.quote(alignment.original().text(span)) + ".",
              alignment,
              span));
    }
    for (List<Token> subject : Unmatched.droppedSubjects(pair)) {
      Span span = Unmatched.extent(subject);
      if (lost.stream().noneMatch(span::overlaps)) {
        findings.add(
            Findings.inOriginal(
                INFO,
                Severity.WARNING,
                "The revision of this sentence drops its subject " + Findings.quote(alignment.original().text(span)) + ".",
                alignment,
                span));
      }
    }
  }
}
