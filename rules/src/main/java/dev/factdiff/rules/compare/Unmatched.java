package dev.factdiff.rules.compare;

import com.google.common.collect.Multiset;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one version says and the other does not: shared by the missing-claim and added-claim rules. */
final class Unmatched {

  private Unmatched() {}

  /** A sentence worth reporting when it has no counterpart: not boilerplate, and saying something. */
  static boolean bearsFacts(Sentence s) {
    if (s.kind() == ParagraphKind.BOILERPLATE) {
      return false;
    }
    long content = s.tokens().stream().filter(Words::isContent).count();
    return content >= 2 || !s.claim().mentions().isEmpty() || !s.claim().quantities().isEmpty();
  }

  /**
   * Whether the other version names it in the aligned sentence or the ones next to it (a name may move one
   * sentence up or down in a rewrite).
   */
  static boolean namedNearby(String name, AlignedPair pair, Alignment alignment, boolean fromOriginal) {
    // By identity: a record's equals compares the pairs' sentences token by token, once for every pair before it.
    int at = 0;
    while (at < alignment.pairs().size() && alignment.pairs().get(at) != pair) {
      at++;
    }
    at = at == alignment.pairs().size() ? -1 : at;
    Set<String> words = new HashSet<>();
    for (int i = Math.max(0, at - 1); i <= Math.min(alignment.pairs().size() - 1, at + 1); i++) {
      AlignedPair near = alignment.pairs().get(i);
      for (Sentence s : fromOriginal ? near.revised() : near.original()) {
        s.tokens().forEach(t -> words.add(Names.key(t.text())));
      }
    }
    for (String word : name.split("[\\s-]+")) {
      String key = Names.key(word);
      if (key.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        continue;
      }
      if (!words.contains(key) && words.stream().noneMatch(w -> Names.derived(w, key) || Names.variants(w, key))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Content words that one side adds or drops outright, grouped by the edit they belong to ("political
   * activists" is one addition, not two): in an edit whose other side has no content word, and with no
   * rendering anywhere on the other side, in a sentence otherwise kept as it was (see {@link WordOrder#frames}).
   * Dropped words are nouns and names the recognizer missed; added ones also adjectives and adverbs.
   */
  static List<List<Token>> lostPhrases(AlignedPair pair, boolean fromOriginal) {
    if (!WordOrder.frames(pair, fromOriginal)) {
      return List.of();
    }
    Side side = new Side(fromOriginal ? pair.original() : pair.revised());
    Side other = new Side(fromOriginal ? pair.revised() : pair.original());
    Multiset<String> otherLemmas = Paraphrases.lemmas(other.tokens());
    Multiset<String> ownLemmas = Paraphrases.lemmas(side.tokens());
    List<List<Token>> lost = new ArrayList<>();
    for (EditRegion region : EditRegion.of(pair)) {
      List<Token> mine = fromOriginal ? region.originalTokens() : region.revisedTokens();
      List<Token> theirs = fromOriginal ? region.revisedTokens() : region.originalTokens();
      // A name or number on the other side makes this a replacement, which other rules compare.
      if (theirs.stream().anyMatch(t -> Words.isContent(t) || t.isProperNoun() || t.isTaggedEntity())) {
        continue;
      }
      List<Token> candidates =
          mine.stream()
              .filter(t -> Words.isContent(t) || unrecognizedName(t, side))
              .filter(t -> kept(t, fromOriginal, side))
              .filter(t -> !isName(t, other) && !inNumberOrDate(t, side, other))
              .toList();
      // Only a word the other side has and this one lacks can render a lost one: "effects" cut from "the
      // effects of global warming" is not rendered by "warming", which both sides keep.
      List<Token> words = Paraphrases.unrendered(candidates, otherLemmas, ownLemmas);
      if (!words.isEmpty()) {
        lost.add(words);
      }
    }
    return lost;
  }

  /**
   * Subjects the revision drops with nothing in their place, in a sentence otherwise kept: a subject pronoun
   * anywhere ("They traveled back to Paris" against "Traveled back to Paris" no longer says who), or whatever
   * opened the sentence when the revision now opens with its verb ("This is common" against "Is common") or
   * with the "of" that followed a quantifier ("Most of the islands" against "Of the islands").
   */
  static List<List<Token>> droppedSubjects(AlignedPair pair) {
    if (!WordOrder.frames(pair, true)) {
      return List.of();
    }
    List<Token> originalTokens = new Side(pair.original()).tokens();
    List<List<Token>> dropped = new ArrayList<>();
    for (EditRegion region : EditRegion.of(pair)) {
      if (!region.revisedTokens().stream().allMatch(Token::isPunctuation)) {
        continue;
      }
      List<Token> words = region.originalTokens().stream().filter(t -> !t.isPunctuation()).toList();
      List<Token> pronouns =
          words.stream().filter(t -> t.isPersonalPronoun() && SUBJECT_PRONOUNS.contains(Words.bare(t.text()))).toList();
      pronouns.forEach(t -> dropped.add(List.of(t)));
      if (pronouns.isEmpty() && !words.isEmpty() && words.get(0).index() == 0
          && nowOpensWithItsVerb(pair, words, originalTokens)) {
        dropped.add(words);
      }
    }
    return dropped;
  }

  /** Whether a revised sentence now opens with the word that followed the dropped words, and that word shows it. */
  private static boolean nowOpensWithItsVerb(AlignedPair pair, List<Token> droppedWords, List<Token> originalTokens) {
    int after = originalTokens.indexOf(droppedWords.get(droppedWords.size() - 1)) + 1;
    if (after <= 0 || after >= originalTokens.size()) {
      return false;
    }
    String next = Words.bare(originalTokens.get(after).text());
    boolean afterQuantifier = Quantifiers.partitive(droppedWords.get(droppedWords.size() - 1));
    return pair.revised().stream()
        .map(s -> s.tokens().get(0))
        .filter(first -> Words.bare(first.text()).equals(next))
        .anyMatch(first -> first.isFiniteVerb() || afterQuantifier && next.equals("of"));
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");

  /** The stretch of text from the first word to the last. */
  static Span extent(List<Token> words) {
    return words.get(0).span().union(words.get(words.size() - 1).span());
  }

  /**
   * A proper noun the recognizer did not take for a person, place or organization ("Harvest Moon", a language
   * name opening a sentence): no entity rule sees it, so a name dropped or added outright is reported here.
   */
  private static boolean unrecognizedName(Token t, Side side) {
    return t.isProperNoun()
        && !t.isTaggedEntity()
        && t.text().codePoints().anyMatch(Character::isLetter)
        && side.mentions().stream().noneMatch(m -> m.span().contains(t.span()));
  }

  /** Names and the words derived from them belong to the entity rules. */
  private static boolean isName(Token t, Side other) {
    if (t.isTaggedEntity()) {
      return true;
    }
    if (t.isProperNoun()) {
      // Outside the recognized entities the name is this rule's, unless the other side writes a variant of it or
      // what it derives from.
      return other.tokens().stream()
          .anyMatch(o -> Names.derived(o.text(), t.text()) || Names.variants(o.text(), t.text()));
    }
    if (!Character.isUpperCase(t.text().codePointAt(0))) {
      return false;
    }
    // A capitalized adjective inside a sentence ("Chinese") is a word the entity rules do not see: it counts
    // here unless the other side names what it derives from.
    boolean properAdjective = t.isAdjective();
    return (t.index() > 0 && !properAdjective)
        || other.tokens().stream()
            .filter(o -> !o.text().isEmpty() && Character.isUpperCase(o.text().codePointAt(0)))
            .anyMatch(o -> Names.derived(o.text(), t.text()));
  }

  /**
   * "percent" of "90 percent", "week" of "last week": the number and date rules compare those. A unit of
   * measurement that the other version leaves off the number ("250 metres" against "250") is lost here.
   */
  private static boolean inNumberOrDate(Token t, Side side, Side other) {
    return side.quantities().stream().anyMatch(q -> q.span().contains(t.span()) && !unitLeftOff(q, t, other))
        || side.inTime(t);
  }

  private static boolean unitLeftOff(Quantity q, Token t, Side other) {
    return q.measure().isPresent()
        && !t.isNumber()
        && other.quantities().stream().noneMatch(o -> o.measure().isPresent() && o.sameAmount(q));
  }

  private static boolean kept(Token t, boolean fromOriginal, Side side) {
    if (t.isProperNoun()) {
      return true;
    }
    Optional<WordClass> c = WordClass.of(t);
    if (c.isEmpty()) {
      return false;
    }
    return c.get() == WordClass.NOUN || (!fromOriginal && (c.get() != WordClass.VERB || modifier(t, side)));
  }

  /** A participle used as an adjective, right before its noun: "contaminated water", "a cooling tower". */
  private static boolean modifier(Token t, Side side) {
    if (!t.isParticiple()) {
      return false;
    }
    List<Token> tokens = side.tokens();
    int at = tokens.indexOf(t);
    if (at < 0 || at + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(at + 1);
    return next.index() == t.index() + 1 && next.isNoun();
  }
}
