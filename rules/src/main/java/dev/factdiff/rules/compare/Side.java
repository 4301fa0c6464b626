package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Negation;
import dev.factdiff.core.model.Pronoun;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One side of an aligned pair: its sentences, and what their claims hold, in text order. */
record Side(List<Sentence> sentences) {

  Side {
    sentences = List.copyOf(sentences);
  }

  boolean isEmpty() {
    return sentences.isEmpty();
  }

  Span extent() {
    return sentences.get(0).span().union(sentences.get(sentences.size() - 1).span());
  }

  List<Token> tokens() {
    return flat(Sentence::tokens);
  }

  List<Quantity> quantities() {
    return flat(s -> s.claim().quantities());
  }

  List<TimeExpression> times() {
    return flat(s -> s.claim().times());
  }

  List<Quotation> quotations() {
    return flat(s -> s.claim().quotations());
  }

  List<Mention> mentions() {
    return flat(s -> s.claim().mentions());
  }

  List<Pronoun> pronouns() {
    return flat(s -> s.claim().pronouns());
  }

  List<Negation> negations() {
    return flat(s -> s.claim().negations());
  }

  String text() {
    return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
  }

  /** Whether the token is part of a time expression ("week" of "last week"): the date rule compares those. */
  boolean inTime(Token token) {
    return times().stream().anyMatch(t -> t.span().contains(token.span()));
  }

  /**
   * Whether the token is part of a number ("feet" of "20 feet"), or a number word the recognizer tagged without
   * a value ("third" of "a third of"): the number rule compares those.
   */
  boolean inQuantity(Token token) {
    return token.isNumericEntity() || quantities().stream().anyMatch(q -> q.span().contains(token.span()));
  }

  /** The tokens that lie inside a span. */
  List<Token> tokensIn(Span span) {
    return tokens().stream().filter(t -> span.contains(t.span())).toList();
  }

  private <T> List<T> flat(Function<Sentence, List<T>> part) {
    return sentences.stream().flatMap(s -> part.apply(s).stream()).toList();
  }
}
