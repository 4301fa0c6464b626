package dev.factdiff.rules;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A place in one version: its span and the text it covers. */
public record Excerpt(Span span, String text) {

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static Excerpt of(Article article, Span span) {
    return new Excerpt(span, article.text(span));
  }

  /**
   * Its text as two findings of one change compare it: compatibility-composed, lower case, every run of
   * punctuation and spacing one space. The baseline's fingerprint and the grouping of repeated changes both read
   * excerpts through this, so that what the one calls the same change the other does too.
   */
  public String folded() {
    return fold(text);
  }

  /** {@link #folded()} for any text (a message, a suggestion). */
  public static String fold(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_A_WORD.matcher(composed).replaceAll(" ").strip();
  }
}
