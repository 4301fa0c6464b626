package dev.factdiff.rules.builtin;

import dev.factdiff.rules.compare.AddedClaim;
import dev.factdiff.rules.compare.AlteredQuote;
import dev.factdiff.rules.compare.ChangedAttribution;
import dev.factdiff.rules.compare.ChangedDate;
import dev.factdiff.rules.compare.ChangedEntity;
import dev.factdiff.rules.compare.ChangedMeaning;
import dev.factdiff.rules.compare.ChangedNumber;
import dev.factdiff.rules.compare.LostReference;
import dev.factdiff.rules.compare.MeaningDrift;
import dev.factdiff.rules.compare.MissingClaim;
import dev.factdiff.rules.compare.NameVariant;
import dev.factdiff.rules.compare.NegationFlip;
import dev.factdiff.rules.compare.PronounShift;
import dev.factdiff.rules.compare.ScrambledWords;
import dev.factdiff.rules.compare.UnrelatedRevision;
import dev.factdiff.rules.text.DoubledPunctuation;
import dev.factdiff.rules.text.DoubledWord;
import dev.factdiff.rules.text.InvisibleCharacter;
import dev.factdiff.rules.text.MisplacedQuotationMark;
import dev.factdiff.rules.text.PeriodInNumber;
import dev.factdiff.rules.text.SpaceBeforePunctuation;
import dev.factdiff.rules.text.SpacedHyphen;
import dev.factdiff.rules.text.StrayPeriod;
import dev.factdiff.rules.text.VerblessSentence;
import dev.factdiff.rules.Rule;
import java.util.List;

/**
 * Every rule factdiff ships, one line each, sorted by class name. Adding a rule adds one line here. Kept apart
 * from the rule API, which the rules themselves use, so that no package cycle joins the API to the rules.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new AddedClaim(),
        new AlteredQuote(),
        new ChangedAttribution(),
        new ChangedDate(),
        new ChangedEntity(),
        new ChangedMeaning(),
        new ChangedNumber(),
        new DoubledPunctuation(),
        new DoubledWord(),
        new InvisibleCharacter(),
        new LostReference(),
        new MeaningDrift(),
        new MisplacedQuotationMark(),
        new MissingClaim(),
        new NameVariant(),
        new NegationFlip(),
        new PeriodInNumber(),
        new PronounShift(),
        new ScrambledWords(),
        new SpaceBeforePunctuation(),
        new SpacedHyphen(),
        new StrayPeriod(),
        new UnrelatedRevision(),
        new VerblessSentence());
  }
}
