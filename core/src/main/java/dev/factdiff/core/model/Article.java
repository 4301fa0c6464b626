package dev.factdiff.core.model;

import java.util.List;

/**
 * One version of an article.
 *
 * @param name where it came from (a file name, or "-")
 * @param text the full text as read; for HTML input, the extracted text. Every span indexes into it.
 */
public record Article(String name, String text, List<Paragraph> paragraphs) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }

  public List<Quotation> quotations() {
    return sentences().stream().flatMap(s -> s.claim().quotations().stream()).toList();
  }

  public String text(Span span) {
    return span.of(text);
  }
}
