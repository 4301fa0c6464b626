package dev.factdiff.core.parse;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;

/** A sentence as the NLP pipeline returned it, in our own types: tokens and entity mentions. */
record AnnotatedSentence(Span span, List<Token> tokens, List<EntitySpan> entities) {

  AnnotatedSentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }
}
