package dev.factdiff.rules;

/** The fixed list of discrepancy categories; {@code seeds/expected-findings.json} uses the same names. */
public enum Category {
  NUMBER_MISMATCH,
  DATE_MISMATCH,
  QUOTE_ALTERED,
  PRONOUN_SHIFT,
  NAME_VARIANT,
  ENTITY_CHANGED,
  NEGATION_FLIP,
  MEANING_CHANGED,
  ATTRIBUTION_CHANGED,
  CLAIM_MISSING,
  CLAIM_ADDED,
  BROKEN_SENTENCE,
  MALFORMED_TEXT
}
