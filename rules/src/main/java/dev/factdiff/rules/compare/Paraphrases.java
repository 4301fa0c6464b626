package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Sets;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.List;
import java.util.Set;

/** Whether the words of one side are rendered somewhere on the other, as themselves or a close paraphrase. */
final class Paraphrases {

  private Paraphrases() {}

  /** The lemmas of the content words, each as often as it occurs. */
  static ImmutableMultiset<String> lemmas(List<Token> tokens) {
    return tokens.stream().filter(Words::isContent).map(Words::lemma).collect(ImmutableMultiset.toImmutableMultiset());
  }

  /** The words that have no rendering at all among the other side's content lemmas. */
  static List<Token> unrendered(List<Token> words, Multiset<String> otherLemmas) {
    return unrendered(words, otherLemmas, ImmutableMultiset.of());
  }

  /**
   * The words with no rendering on the other side: not there themselves as often as on this side ("sales" twice
   * in the original and once in the revision lost one), and not paraphrased by one of the other side's words that
   * this side lacks. A word both sides have renders itself: "stuff" kept in both cannot also stand for the "gold"
   * that became "silver".
   */
  static List<Token> unrendered(List<Token> words, Multiset<String> otherLemmas, Multiset<String> ownLemmas) {
    Set<String> renderings = Sets.difference(otherLemmas.elementSet(), ownLemmas.elementSet());
    WordNetLexicon lexicon = WordNetLexicon.get();
    return words.stream()
        .filter(w -> otherLemmas.count(Words.lemma(w)) < Math.max(1, ownLemmas.count(Words.lemma(w))))
        .filter(w -> renderings.stream().noneMatch(l -> holds(l, Words.lemma(w))))
        .filter(w -> renderings.stream().noneMatch(l -> lexicon.relation(Words.lemma(w), l).isParaphrase()))
        .toList();
  }

  /** "prewar"/"war", "anti-government"/"government": one word holds the other. */
  static boolean holds(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a));
  }
}
