package dev.factdiff.core.parse;

/**
 * The text as CoreNLP's tokenizer is given it: the same length, the same characters, except inside a run of more
 * than {@value #LONG_RUN} characters without white space. The tokenizer (PTBLexer) takes time quadratic in the
 * length of such a run when it holds characters that may start an entity, an abbreviation or a quotation
 * ({@code & ; % # @ " '}): at each of them it reads ahead to the end of the run for its longest match, then backs
 * off one token (10,000 {@code &} take 16 s, a page of {@code &amp;} never ends). No word of an article runs that
 * long, so inside such a run every character that is not a letter or digit becomes {@code _} and every
 * {@value #PIECE}th a space: the tokenizer then reads words of {@value #PIECE} characters, in linear time.
 * Offsets are kept, so every token's text is still taken from the original.
 */
final class TokenizerInput {

  /** Longer than any word, address or link an article writes without a space. */
  static final int LONG_RUN = 256;

  /** The length of the words a long run is cut into. */
  static final int PIECE = 64;

  private TokenizerInput() {}

  static String of(String text) {
    char[] copy = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end - i > LONG_RUN) {
        if (copy == null) {
          copy = text.toCharArray();
        }
        for (int j = i; j < end; j++) {
          char c = copy[j];
          if ((j - i) % PIECE == PIECE - 1) {
            copy[j] = ' ';
          } else if (c >= 128 || !Character.isLetterOrDigit(c)) {
            copy[j] = '_';
          }
        }
      }
      i = end;
    }
    return copy == null ? text : new String(copy);
  }
}
