package dev.factdiff.rules.text;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The full stops of an article that end a sentence in the middle of a paragraph: a period token of its own (an
 * abbreviation's period stays inside its token), with a word right before it and whitespace then a word after.
 */
final class SentenceBreaks {

  /** One such period, the word before it and the words after it up to the next sentence end. */
  record Break(Paragraph paragraph, Token before, Token period, Token after, List<Token> fragment) {

    int fragmentWords() {
      return (int) fragment.stream().filter(t -> !t.isPunctuation()).count();
    }
  }

  private SentenceBreaks() {}

  static List<Break> of(Article article) {
    List<Break> breaks = new ArrayList<>();
    for (Paragraph paragraph : TextFindings.readableParagraphs(article)) {
      List<Token> tokens = TextFindings.tokens(paragraph);
      for (int i = 1; i + 1 < tokens.size(); i++) {
        Token period = tokens.get(i);
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        if (isFullStop(period, article)
            && !before.isPunctuation()
            && !before.text().endsWith(".")
            && TextFindings.between(article, period, after).isBlank()
            && !TextFindings.between(article, period, after).isEmpty()
            && !after.isPunctuation()
            && !isListMarker(tokens, i - 1)) {
          breaks.add(new Break(paragraph, before, period, after, fragment(tokens, i + 1)));
        }
      }
    }
    return breaks;
  }

  private static boolean isFullStop(Token token, Article article) {
    return token.text().equals(".") && token.span().length() == 1 && article.text(token.span()).equals(".");
  }

  /** "1. the first point": a number or letter opening the paragraph. */
  private static boolean isListMarker(List<Token> tokens, int index) {
    return index == 0 && tokens.get(0).text().length() <= 2;
  }

  private static List<Token> fragment(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size()) {
      String text = tokens.get(end).text();
      end++;
      if (text.equals(".") || text.equals("!") || text.equals("?")) {
        break;
      }
    }
    return tokens.subList(from, end);
  }

  static boolean startsLowerCase(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
      return false;
    }
    // "iPhone", "eBay": lower-case brand names keep a capital inside.
    return word.codePoints().skip(1).noneMatch(Character::isUpperCase);
  }
}
