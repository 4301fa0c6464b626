package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
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
 * A name or noun replaced by a pronoun that nothing in the revision's sentence or the one before can stand for
 * ("Angela Merkel met the envoys" against "She met the envoys"): the revision no longer says who. Likewise a
 * pronoun replaced by a name the original had not given by then, where the pronoun referred back to someone
 * else: the sentence now speaks of another person. A pronoun whose referent the revision still states passes.
 */
public final class LostReference implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "LOST_REFERENCE",
          Category.PRONOUN_SHIFT,
          Severity.WARNING,
          "A name was replaced by a pronoun whose referent the revision no longer states, or a pronoun by another name.",
          List.of(
              Example.flags(
                  "[[Angela Merkel]] met the envoys on Monday.", "[[She]] met the envoys on Monday."),
              Example.flags("Were [[the protesters]] arrested?", "Were [[they]] arrested?"),
              Example.flags(
                  "Angela Merkel met the envoys. Later [[she]] thanked the hosts.",
                  "Angela Merkel met the envoys. Later [[Theresa May]] thanked the hosts."),
              Example.passes(
                  "Angela Merkel arrived in Paris. Merkel met the envoys on Monday.",
                  "Angela Merkel arrived in Paris. She met the envoys on Monday."),
              Example.passes(
                  "The minister said the minister would resign.", "The minister said she would resign."),
              Example.passes(
                  "Angela Merkel met the envoys. Later she thanked the hosts.",
                  "Angela Merkel met the envoys. Later Merkel thanked the hosts.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Antecedents.Lost lost : Antecedents.lost(pair, alignment)) {
      String named = alignment.original().text(lost.phraseSpan());
      findings.add(
          Findings.of(
              INFO,
              Severity.WARNING,
              Findings.quote(lost.pronoun().text()) + " no longer says who: the original names " + Findings.quote(named)
                  + ", and nothing before it in the revision does.",
              alignment,
              Optional.of(lost.phraseSpan()),
              Optional.of(lost.pronoun().span()),
              ImmutableMap.of("original", named, "revised", lost.pronoun().text())));
    }
    for (Antecedents.Renamed renamed : Antecedents.renamed(pair, alignment)) {
      String name = alignment.revised().text(renamed.nameSpan());
      findings.add(
          Findings.of(
              INFO,
              Severity.WARNING,
              Findings.quote(name) + " stands where the original's " + Findings.quote(renamed.pronoun().text())
                  + " referred back to " + Findings.quote(renamed.referent().text()) + ".",
              alignment,
              Optional.of(renamed.pronoun().span()),
              Optional.of(renamed.nameSpan()),
              ImmutableMap.of(
                  "original", renamed.pronoun().text(), "revised", name, "referent", renamed.referent().text())));
    }
    return findings;
  }
}
