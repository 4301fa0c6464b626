package dev.factdiff.core.parse;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/** A sentence as the NLP pipeline returned it, in our own types: tokens and entity mentions. */
record AnnotatedSentence(Span span, List<Token> tokens, List<EntitySpan> entities) {

  AnnotatedSentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }

  /** The same sentence standing elsewhere in a text: every span moved so that the sentence starts at {@code start}. */
  AnnotatedSentence movedTo(int start) {
    int shift = start - span.start();
    if (shift == 0) {
      return this;
    }
    List<Token> moved = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      moved.add(new Token(t.index(), moved(t.span(), shift), t.text(), t.lemma(), t.pos(), t.ner()));
    }
    List<EntitySpan> movedEntities = new ArrayList<>(entities.size());
    for (EntitySpan e : entities) {
      movedEntities.add(new EntitySpan(moved(e.span(), shift), e.text(), e.type(), e.normalized(), e.firstToken(), e.lastToken()));
    }
    return new AnnotatedSentence(moved(span, shift), moved, movedEntities);
  }

  private static Span moved(Span span, int shift) {
    return new Span(span.start() + shift, span.end() + shift);
  }
}
