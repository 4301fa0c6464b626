package dev.factdiff.core.model;

/**
 * One token of a sentence. Rules ask its named predicates ({@link #isVerb()}, {@link #isProperNoun()}...) rather
 * than compare tag strings, so that what a tag means is written once.
 *
 * @param text the token as it stands in the article's text ({@code span.of(article.text())})
 * @param lemma its lemma, lower case for common words
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity tag ({@code O} when none)
 */
public record Token(int index, Span span, String text, String lemma, String pos, String ner) {

  public boolean isPunctuation() {
    return !text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }

  public boolean isAdverb() {
    return pos.startsWith("RB");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNumber() {
    return pos.equals("CD");
  }

  /** A modal auxiliary: "will", "must", "could". */
  public boolean isModal() {
    return pos.equals("MD");
  }

  /** A verb that carries tense or a modal: "says", "said", "say" (not "to say"), "will". */
  public boolean isFiniteVerb() {
    return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || isModal();
  }

  /** A past or present participle: "contaminated", "cooling". */
  public boolean isParticiple() {
    return pos.equals("VBN") || pos.equals("VBG");
  }

  /** A comparative adjective or adverb: "smaller", "less". */
  public boolean isComparative() {
    return pos.equals("JJR") || pos.equals("RBR");
  }

  /** A personal or possessive pronoun: "she", "them", "their". */
  public boolean isPronoun() {
    return pos.startsWith("PRP");
  }

  /** A personal pronoun, not a possessive one: "she", "them". */
  public boolean isPersonalPronoun() {
    return pos.equals("PRP");
  }

  /** An interjection: "oh", "yes". */
  public boolean isInterjection() {
    return pos.equals("UH");
  }

  /** Whether the entity tagger gave the token a type: a person, place or organization, a number, a date... */
  public boolean isTaggedEntity() {
    return !ner.equals("O");
  }

  /** Part of a number the entity tagger recognized: a count, an ordinal, a percentage, an amount of money. */
  public boolean isNumericEntity() {
    return ner.equals("NUMBER") || ner.equals("ORDINAL") || ner.equals("PERCENT") || ner.equals("MONEY");
  }

  /** Part of a time expression the entity tagger recognized: a date, time, duration or recurrence. */
  public boolean isTemporalEntity() {
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
  }
}
