package dev.factdiff.core.model;

import java.util.List;

/** A block of text between blank lines (or an HTML block element) and the sentences in it. */
public record Paragraph(int index, ParagraphKind kind, Span span, List<Sentence> sentences) {

  public Paragraph {
    sentences = List.copyOf(sentences);
  }
}
