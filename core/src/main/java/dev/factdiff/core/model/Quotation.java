package dev.factdiff.core.model;

import java.util.Optional;

/**
 * Words inside quotation marks.
 *
 * @param span from the opening mark to the closing one, both included
 * @param inner the words between the marks
 * @param words {@code inner.of(article.text())}
 * @param speaker who is quoted, where the text attributes the quotation
 * @param status whether the marks are well formed
 */
public record Quotation(Span span, Span inner, String words, Optional<Speaker> speaker, Status status) {

  public enum Status {
    BALANCED,
    /** An opening mark with no closing one before the paragraph ends. */
    UNCLOSED,
    /** A closing mark with no opening one. */
    UNOPENED,
    /** A mark of the wrong direction or position, such as an opening mark that closes a quotation. */
    MISPLACED
  }

  public record Speaker(Span span, String name) {}
}
