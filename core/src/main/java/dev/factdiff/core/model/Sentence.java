package dev.factdiff.core.model;

import java.util.List;

/**
 * One sentence and the claim it makes. Sentence indices run over the whole article, in text order.
 *
 * @param text the sentence as it stands in the article ({@code span.of(article.text())})
 * @param kind the kind of the paragraph that holds it
 */
public record Sentence(
    int index, int paragraphIndex, ParagraphKind kind, Span span, String text, List<Token> tokens, Claim claim) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
