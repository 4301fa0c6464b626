package dev.factdiff.rules.compare;

import dev.factdiff.rules.CrossVersionRule;
import java.util.List;

/** The built-in cross-version rules, one line each, sorted by class name. */
public final class CrossVersionRules {

  private CrossVersionRules() {}

  public static List<CrossVersionRule> all() {
    return List.of(
        new AddedClaim(),
        new AlteredQuote(),
        new ChangedAttribution(),
        new ChangedDate(),
        new ChangedEntity(),
        new ChangedMeaning(),
        new ChangedNumber(),
        new MissingClaim(),
        new NameVariant(),
        new NegationFlip(),
        new PronounShift());
  }
}
