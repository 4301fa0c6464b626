package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.TimeExpression;
import java.util.List;
import java.util.Locale;

/** Article-wide questions the rules ask before they call something missing. */
final class Claims {

  private Claims() {}

  /** Sentences this far from the aligned ones still count as the same place (a rewrite may move a phrase). */
  private static final int NEAR = 1;

  /** The sentences of the article near the given ones. */
  static List<Sentence> near(Article article, List<Sentence> around) {
    if (around.isEmpty()) {
      return article.sentences();
    }
    int first = around.get(0).index() - NEAR;
    int last = around.get(around.size() - 1).index() + NEAR;
    return article.sentences().stream().filter(s -> s.index() >= first && s.index() <= last).toList();
  }

  /** Whether the sentences state the amount (a sentence may have moved or split). */
  static boolean mentionsAmount(List<Sentence> sentences, Quantity quantity) {
    for (Sentence s : sentences) {
      for (Quantity q : s.claim().quantities()) {
        if (ChangedNumber.same(q, quantity)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentences hold the time expression, by value or by its words. */
  static boolean mentionsTime(List<Sentence> sentences, TimeExpression time) {
    String words = Words.bare(time.text());
    for (Sentence s : sentences) {
      for (TimeExpression t : s.claim().times()) {
        if (t.value().equals(time.value()) && !time.value().isEmpty()) {
          return true;
        }
      }
      if (!words.isEmpty() && s.text().toLowerCase(Locale.ROOT).contains(words)) {
        return true;
      }
    }
    return false;
  }
}
