package dev.factdiff.core.align;

import dev.factdiff.core.model.Token;
import java.util.Locale;

/** The comparable form of a word: case-folded, with every quote mark, apostrophe and dash written one way. */
final class TokenForms {

  private static final String MEANINGFUL_SIGNS = "%\u2030\u2031&#@\u00A7*/\\";

  private TokenForms() {}

  static String normalize(Token token) {
    return normalize(token.text());
  }

  static String normalize(String text) {
    StringBuilder form = new StringBuilder(text.length());
    text.codePoints().forEach(c -> form.appendCodePoint(unify(c)));
    return form.toString().toLowerCase(Locale.ROOT);
  }

  private static int unify(int c) {
    switch (c) {
      case '\u2018': // left single quotation mark
      case '\u2019': // right single quotation mark
      case '\u201A': // single low-9 quotation mark
      case '\u201B': // single high-reversed-9 quotation mark
      case '\u2032': // prime
      case '\u00B4': // acute accent
      case '`':
        return '\'';
      case '\u201C': // left double quotation mark
      case '\u201D': // right double quotation mark
      case '\u201E': // double low-9 quotation mark
      case '\u201F': // double high-reversed-9 quotation mark
      case '\u2033': // double prime
      case '\u00AB': // left guillemet
      case '\u00BB': // right guillemet
        return '"';
      case '\u2010': // hyphen
      case '\u2011': // non-breaking hyphen
      case '\u2012': // figure dash
      case '\u2013': // en dash
      case '\u2014': // em dash
      case '\u2212': // minus sign
        return '-';
      case '\u00A0': // no-break space
        return ' ';
      default:
        return c;
    }
  }

  /**
   * Whether the token is only punctuation marks: periods, commas, dashes, quote marks, brackets. Signs that
   * carry meaning ("%", "&", "#", currency signs) are not.
   */
  static boolean isPunctuationMark(Token token) {
    return !token.text().isEmpty() && token.text().codePoints().allMatch(TokenForms::isPunctuationMark);
  }

  private static boolean isPunctuationMark(int c) {
    if (MEANINGFUL_SIGNS.indexOf(c) >= 0) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return c == '`';
    }
  }

  /** Whether the word is a quote mark of any style, as the tokenizer splits them off ("``", "''", "‘", "\""). */
  static boolean isQuoteMark(String text) {
    String form = normalize(text);
    return form.equals("\"") || form.equals("'") || form.equals("''") || form.equals("\"\"");
  }
}
