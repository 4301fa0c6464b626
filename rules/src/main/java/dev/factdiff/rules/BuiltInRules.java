package dev.factdiff.rules;

import dev.factdiff.rules.text.DoubledPunctuation;
import dev.factdiff.rules.text.DoubledWord;
import dev.factdiff.rules.text.MisplacedQuotationMark;
import dev.factdiff.rules.text.PeriodInNumber;
import dev.factdiff.rules.text.SpaceBeforePunctuation;
import dev.factdiff.rules.text.SpacedHyphen;
import dev.factdiff.rules.text.StrayPeriod;
import dev.factdiff.rules.text.VerblessSentence;
import java.util.List;

/** Every rule factdiff ships, one line each, sorted by class name. Adding a rule adds one line here. */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new DoubledPunctuation(),
        new DoubledWord(),
        new MisplacedQuotationMark(),
        new PeriodInNumber(),
        new SpaceBeforePunctuation(),
        new SpacedHyphen(),
        new StrayPeriod(),
        new VerblessSentence());
  }
}
