package dev.factdiff.rules.compare;

import com.google.common.collect.Sets;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether the words of one side are rendered somewhere on the other, as themselves or a close paraphrase. */
final class Paraphrases {

  private Paraphrases() {}

  /** The lemmas of the content words. */
  static Set<String> lemmas(List<Token> tokens) {
    return tokens.stream().filter(Words::isContent).map(Words::lemma).collect(Collectors.toSet());
  }

  /** The words that have no rendering at all among the other side's content lemmas. */
  static List<Token> unrendered(List<Token> words, Set<String> otherLemmas) {
    return unrendered(words, otherLemmas, Set.of());
  }

  /**
   * The words with no rendering on the other side: not there themselves, and not paraphrased by one of the other
   * side's words that this side lacks. A word both sides have renders itself: "stuff" kept in both cannot also
   * stand for the "gold" that became "silver".
   */
  static List<Token> unrendered(List<Token> words, Set<String> otherLemmas, Set<String> ownLemmas) {
    Set<String> renderings = Sets.difference(otherLemmas, ownLemmas);
    WordNetLexicon lexicon = WordNetLexicon.get();
    return words.stream()
        .filter(w -> !otherLemmas.contains(Words.lemma(w)))
        .filter(w -> renderings.stream().noneMatch(l -> holds(l, Words.lemma(w))))
        .filter(w -> renderings.stream().noneMatch(l -> lexicon.relation(Words.lemma(w), l).isParaphrase()))
        .toList();
  }

  /** "prewar"/"war", "anti-government"/"government": one word holds the other. */
  static boolean holds(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a));
  }
}
