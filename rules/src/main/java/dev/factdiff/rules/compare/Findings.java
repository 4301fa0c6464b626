package dev.factdiff.rules.compare;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.util.Map;
import java.util.Optional;

/** Builds findings placed in both versions of an alignment. */
final class Findings {

  private Findings() {}

  static Finding of(
      RuleInfo info,
      Severity severity,
      String message,
      Alignment alignment,
      Optional<Span> original,
      Optional<Span> revised,
      Map<String, String> evidence) {
    return of(info, severity, message, alignment, original, revised, evidence, Optional.empty());
  }

  static Finding of(
      RuleInfo info,
      Severity severity,
      String message,
      Alignment alignment,
      Optional<Span> original,
      Optional<Span> revised,
      Map<String, String> evidence,
      Optional<String> suggestion) {
    return new Finding(
        info.id(),
        info.category(),
        severity,
        message,
        original.map(s -> Excerpt.of(alignment.original(), s)),
        revised.map(s -> Excerpt.of(alignment.revised(), s)),
        evidence,
        suggestion);
  }

  /** A finding placed in the original only: something the revision no longer says. Evidence: the text there. */
  static Finding inOriginal(RuleInfo info, Severity severity, String message, Alignment alignment, Span span) {
    return of(info, severity, message, alignment, Optional.of(span), Optional.empty(),
        Map.of("original", alignment.original().text(span)));
  }

  /** A finding placed in the revision only: something the original did not say. Evidence: the text there. */
  static Finding inRevised(RuleInfo info, Severity severity, String message, Alignment alignment, Span span) {
    return of(info, severity, message, alignment, Optional.empty(), Optional.of(span),
        Map.of("revised", alignment.revised().text(span)));
  }

  /** Quotes a piece of text for a message, shortened when long. */
  static String quote(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return "'" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "'";
  }
}
