package dev.factdiff.core.model;

/**
 * One token of a sentence.
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
}
