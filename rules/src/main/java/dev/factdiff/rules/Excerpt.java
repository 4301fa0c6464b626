package dev.factdiff.rules;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;

/** A place in one version: its span and the text it covers. */
public record Excerpt(Span span, String text) {

  public static Excerpt of(Article article, Span span) {
    return new Excerpt(span, article.text(span));
  }
}
