package dev.factdiff.rules.compare;

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
    WordNetLexicon lexicon = WordNetLexicon.get();
    return words.stream()
        .filter(w -> !otherLemmas.contains(Words.lemma(w)))
        .filter(w -> otherLemmas.stream().noneMatch(l -> holds(l, Words.lemma(w))))
        .filter(w -> otherLemmas.stream().noneMatch(l -> lexicon.relation(Words.lemma(w), l).isParaphrase()))
        .toList();
  }

  /** "prewar"/"war", "anti-government"/"government": one word holds the other. */
  static boolean holds(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a));
  }
}
