package dev.factdiff.rules.synthetic;

import dev.factdiff.core.model.Span;

/** One replacement in a text: the span of the original and what stands there in the revision. */
record Edit(Span span, String replacement) {

  String apply(String text) {
    return text.substring(0, span.start()) + replacement + text.substring(span.end());
  }

  /** Where the replacement stands in the revised text. */
  Span revisedSpan() {
    return Span.of(span.start(), span.start() + replacement.length());
  }
}
