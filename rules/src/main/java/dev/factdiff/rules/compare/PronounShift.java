package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Pronoun;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pronoun replaced by one of another person, number or gender ("its" by "your", "his" by "its", "he" by
 * "she"): the sentence now speaks of someone else. "he" for "his" is the same person and passes.
 */
public final class PronounShift implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PRONOUN_SHIFT",
          Category.PRONOUN_SHIFT,
          Severity.ERROR,
          "A pronoun was replaced by one that refers to someone else (another person, number or gender).",
          List.of(
              Example.flags(
                  "The troops stayed without [[its]] permission.", "The troops stayed without [[your]] permission."),
              Example.flags(
                  "The senator said [[he]] would resign.", "The senator said [[she]] would resign."),
              Example.passes(
                  "The minister said he would resign soon.", "The minister said that he would step down soon."),
              Example.passes(
                  "The ruling was an obstacle to his plans.", "The ruling stood in the way of his plans.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Pronoun> originalPronouns = new Side(pair.original()).pronouns();
    List<Pronoun> revisedPronouns = new Side(pair.revised()).pronouns();
    for (EditRegion region : EditRegion.of(pair)) {
      List<Pronoun> before = EditRegion.within(originalPronouns, Pronoun::span, region.originalTokens());
      List<Pronoun> after = EditRegion.within(revisedPronouns, Pronoun::span, region.revisedTokens());
      for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
        Pronoun o = before.get(i);
        Pronoun r = after.get(i);
        if (o.differsFrom(r)) {
          findings.add(
              Findings.of(
                  INFO,
                  Severity.ERROR,
                  "The pronoun " + Findings.quote(o.text()) + " became " + Findings.quote(r.text())
                      + ": the sentence now refers to someone else.",
                  alignment,
                  Optional.of(o.span()),
                  Optional.of(r.span()),
                  ImmutableMap.of("original", features(o), "revised", features(r)),
                  Optional.of("Restore " + Findings.quote(o.text()) + " unless the sentence is meant to refer to "
                      + who(r) + " now.")));
        }
      }
    }
    return findings;
  }

  /** "'its' refers to a thing or a body (it)": what an editor needs, not the grammar's labels. */
  private static String features(Pronoun p) {
    return Findings.quote(p.text()) + " refers to " + who(p);
  }

  private static String who(Pronoun p) {
    switch (p.person()) {
      case FIRST:
        return p.number() == Pronoun.Number.PLURAL ? "the speakers (we)" : "the speaker (I)";
      case SECOND:
        return "the person addressed or the reader (you)";
      default:
        if (p.number() == Pronoun.Number.PLURAL) {
          return "several people or things (they)";
        }
        switch (p.gender()) {
          case MASCULINE:
            return "a man (he)";
          case FEMININE:
            return "a woman (she)";
          case NEUTER:
            return "a thing or a body such as a country (it)";
          default:
            return "someone or something (third person)";
        }
    }
  }
}
