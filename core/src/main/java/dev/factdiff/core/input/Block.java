package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;

/** One paragraph of the input text and what kind of paragraph it is. */
public record Block(Span span, ParagraphKind kind) {}
