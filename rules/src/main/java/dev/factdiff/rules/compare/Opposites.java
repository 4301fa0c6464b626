package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.Relation;
import dev.factdiff.rules.lexicon.WordClass;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.List;
import java.util.Optional;

/**
 * Words of an edit region replaced by their opposites ("increased" / "decreased", "prepared" / "unprepared"), and
 * the one case where an opposite says the same thing: with a negation added or dropped beside it. "still unclear"
 * and "not clear", "unsafe" and "not safe" deny the opposite of what the other version affirms, which is to
 * affirm it: a translator's turn of phrase, not a reversal. Shared by the rule that reports opposites and the one
 * that reports negations, so that neither reports the half of a double negation.
 */
final class Opposites {

  private Opposites() {}

  /** The first word of the region and the word that replaced it with the opposite meaning, if any. */
  static Optional<List<Token>> in(EditRegion region) {
    for (Token o : graded(region.originalTokens())) {
      for (Token r : graded(region.revisedTokens())) {
        if (opposite(o, r)) {
          return Optional.of(List.of(o, r));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the region turns a word into its opposite and, in the same words, adds or drops a negation: the two
   * changes cancel ("is still unclear" / "is not clear").
   */
  static boolean cancelNegation(EditRegion region, int originalNegations, int revisedNegations) {
    return Math.abs(originalNegations - revisedNegations) % 2 == 1 && in(region).isPresent();
  }

  /**
   * Opposites in the word class both words were tagged with ("a pull" is no opposite of "a force", though the
   * verbs are); in any class when the tags disagree or name none ("inside", "outside").
   */
  private static boolean opposite(Token o, Token r) {
    WordNetLexicon lexicon = WordNetLexicon.get();
    Optional<WordClass> wordClass = WordClass.ofTag(o.pos());
    if (wordClass.isPresent() && wordClass.equals(WordClass.ofTag(r.pos()))) {
      return lexicon.opposite(Words.lemma(o), Words.lemma(r), wordClass.get());
    }
    // Tagged apart, the words as written can still be opposites: "prepared" (a verb, lemma "prepare") and
    // "unprepared" (an adjective).
    return lexicon.relation(Words.lemma(o), Words.lemma(r)) == Relation.ANTONYM
        || lexicon.relation(Words.bare(o.text()), Words.bare(r.text())) == Relation.ANTONYM;
  }

  /**
   * Words that can have an opposite: content words, grading words ("more", "less"), "before", "after", and common
   * words capitalized inside a name ("the South East", "the White House").
   */
  private static List<Token> graded(List<Token> tokens) {
    return tokens.stream()
        .filter(t -> !t.isPunctuation() && !Words.isAuxiliary(t) && !t.lemma().equals("not"))
        .filter(t -> WordClass.ofTag(t.pos()).isPresent() || t.pos().equals("IN") || commonWordInName(t))
        .toList();
  }

  private static boolean commonWordInName(Token t) {
    return t.isProperNoun() && WordNetLexicon.get().knowsAsCommonWord(t.text());
  }
}
