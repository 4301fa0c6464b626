package dev.factdiff.rules.text;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers the text rules share: building a finding in the version read, and walking paragraphs. */
final class TextFindings {

  private TextFindings() {}

  static Finding finding(
      RuleInfo info,
      Article article,
      Version version,
      Span span,
      String message,
      Map<String, String> evidence,
      Optional<String> suggestion) {
    Optional<Excerpt> place = Optional.of(Excerpt.of(article, span));
    return new Finding(
        info.id(),
        info.category(),
        info.defaultSeverity(),
        message,
        version == Version.ORIGINAL ? place : Optional.empty(),
        version == Version.REVISED ? place : Optional.empty(),
        evidence,
        suggestion);
  }

  /** The paragraphs a text rule reads: all but those the parser found to be page boilerplate. */
  static List<Paragraph> readableParagraphs(Article article) {
    return article.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.BOILERPLATE).toList();
  }

  /** Every token of a paragraph, across its sentences, in text order. */
  static List<Token> tokens(Paragraph paragraph) {
    return paragraph.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
  }

  /** The text between two tokens. */
  static String between(Article article, Token left, Token right) {
    int from = left.span().end();
    int to = Math.max(from, right.span().start());
    return article.text().substring(from, to);
  }

  /** Shortens a quoted excerpt for a message. */
  static String clip(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
  }
}
