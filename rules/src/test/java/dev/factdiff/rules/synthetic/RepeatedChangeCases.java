package dev.factdiff.rules.synthetic;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cases of one change made at several places, and their twins: a name respelled the same way in three sentences
 * (one change: one must item found at any of its places, which the engine reports as one finding with three
 * places), and two names each respelled once (two changes of the same kind: two must items, two findings).
 */
final class RepeatedChangeCases {

  /** Names that stand in this many sentences are respelled in the first this many of them. */
  static final int PLACES = 3;

  private RepeatedChangeCases() {}

  static void add(String name, String text, Article article, List<SyntheticCase> out) {
    Map<String, List<Token>> names = namesBySentence(article);
    List<String> repeated = names.keySet().stream().filter(n -> names.get(n).size() >= PLACES).toList();
    if (!repeated.isEmpty()) {
      String word = repeated.get(0);
      String respelled = respelled(word).orElseThrow();
      List<Edit> edits = names.get(word).subList(0, PLACES).stream().map(t -> new Edit(t.span(), respelled)).toList();
      out.add(repeatedCase("syn-" + name + "-repeated-name-1", text, edits, true,
          "repeated name: '" + word + "' -> '" + respelled + "' in " + PLACES + " sentences"));
    }
    // The twin: two names that stand once, in different sentences, each respelled its own way.
    List<Token> once = names.values().stream().filter(ts -> ts.size() == 1).map(ts -> ts.get(0)).toList();
    for (int i = 0; i + 1 < once.size(); i++) {
      Token a = once.get(i);
      Token b = once.get(once.size() - 1 - i);
      if (a == b || sentenceOf(article, a) == sentenceOf(article, b)) {
        continue;
      }
      List<Edit> edits =
          List.of(new Edit(a.span(), respelled(a.text()).orElseThrow()), new Edit(b.span(), respelled(b.text()).orElseThrow()));
      out.add(repeatedCase("syn-" + name + "-two-names-1", text, edits, false,
          "two names respelled: '" + a.text() + "' and '" + b.text() + "', once each"));
      break;
    }
  }

  /** The name tokens of body sentences (as the single-edit name cases pick them), at most one place a sentence. */
  private static Map<String, List<Token>> namesBySentence(Article article) {
    Map<String, List<Token>> names = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      if (s.kind() != ParagraphKind.BODY) {
        continue;
      }
      List<String> seen = new ArrayList<>();
      for (Token t : s.tokens()) {
        boolean named =
            s.claim().mentions().stream().anyMatch(m -> m.type() != Mention.Type.MISC && m.span().contains(t.span()));
        String w = t.text();
        if (named && t.isProperNoun() && w.length() >= 5 && w.chars().allMatch(Character::isLetter)
            && respelled(w).isPresent() && !seen.contains(w)) {
          seen.add(w);
          names.computeIfAbsent(w, k -> new ArrayList<>()).add(t);
        }
      }
    }
    return names;
  }

  private static int sentenceOf(Article article, Token token) {
    return article.sentences().stream().filter(s -> s.span().contains(token.span())).findFirst().orElseThrow().index();
  }

  /** An interior vowel changed, as transliterations do ("Halvorsen" -> "Halvarsen"). */
  static Optional<String> respelled(String w) {
    for (int i = 2; i < w.length() - 1; i++) {
      String swap = Map.of('a', "e", 'e', "a", 'i', "y", 'o', "ou", 'u', "o").get(w.charAt(i));
      if (swap != null) {
        return Optional.of(w.substring(0, i) + swap + w.substring(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The case of {@code edits} applied together; its first edit is the must item's place, the rest further ones. */
  private static SyntheticCase repeatedCase(String id, String text, List<Edit> edits, boolean oneChange, String why) {
    List<Edit> ordered = edits.stream().sorted(Comparator.comparingInt(e -> e.span().start())).toList();
    StringBuilder revised = new StringBuilder();
    List<SyntheticCase.Place> places = new ArrayList<>();
    int at = 0;
    for (Edit e : ordered) {
      revised.append(text, at, e.span().start());
      int start = revised.length();
      revised.append(e.replacement());
      places.add(new SyntheticCase.Place(spanOf(e.span()), spanOf(Span.of(start, revised.length()))));
      at = e.span().end();
    }
    revised.append(text.substring(at));
    SyntheticCase.Place first = places.get(0);
    return new SyntheticCase(id, text, revised.toString(), Optional.of("NAME_VARIANT"), "warning",
        List.of("NAME_VARIANT"),
        first.original(), first.revised(), why, places.subList(1, places.size()), oneChange);
  }

  private static Optional<int[]> spanOf(Span span) {
    return Optional.of(new int[] {span.start(), span.end()});
  }
}
