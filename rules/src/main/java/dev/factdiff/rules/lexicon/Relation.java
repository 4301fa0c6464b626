package dev.factdiff.rules.lexicon;

/** How two words relate in WordNet, from the closest relation to none; the first that holds is reported. */
public enum Relation {
  /** The same lemma. */
  SAME,
  /** They share a sense. */
  SYNONYM,
  /**
   * Opposite senses: an antonym pair, or an antonym of a near synonym. {@link WordNetLexicon#opposite} also
   * takes a verb defined by a noun derived from the other's antonym ("arrest": "take into custody"; "release" is
   * the opposite of "detain", whence "custody").
   */
  ANTONYM,
  /** Senses linked by similar-to, see-also or verb group. */
  SIMILAR,
  /** One is derived from the other ("complete", "completion"; "Russia", "Russian"). */
  DERIVED,
  /**
   * A definition of one word uses the other ("qualify": "describe the qualities of"), or a noun derived from it
   * ("arrest": "take into custody"; "detain" gives "detention", whose sense "custody" shares).
   */
  DEFINED,
  /** One sense lies at most two hypernym links above a sense of the other. */
  NEAR_HYPERNYM,
  /** Related only through a longer hypernym path, or as two kinds of one thing ("knee", "shoulder"). */
  DISTANT,
  /** Both words are known and no relation links them. */
  UNRELATED,
  /** At least one word is not in WordNet. */
  UNKNOWN;

  /** Whether one word can stand for the other in a rewording. */
  public boolean isParaphrase() {
    return this == SAME || this == SYNONYM || this == SIMILAR || this == DERIVED || this == NEAR_HYPERNYM;
  }

  /** A paraphrase, or a word whose definition uses the other: close enough when one replaced the other. */
  public boolean isLooseParaphrase() {
    return isParaphrase() || this == DEFINED;
  }
}
