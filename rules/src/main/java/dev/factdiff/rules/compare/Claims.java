package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.TimeExpression;
import java.util.Locale;

/** Article-wide questions the rules ask before they call something missing. */
final class Claims {

  private Claims() {}

  /** Whether the article states the amount anywhere (a sentence may have moved or split). */
  static boolean mentionsAmount(Article article, Quantity quantity) {
    for (Sentence s : article.sentences()) {
      for (Quantity q : s.claim().quantities()) {
        if (ChangedNumber.same(q, quantity)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the article holds the time expression, by value or by its words. */
  static boolean mentionsTime(Article article, TimeExpression time) {
    String words = Words.bare(time.text());
    for (Sentence s : article.sentences()) {
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
