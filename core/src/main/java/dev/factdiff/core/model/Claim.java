package dev.factdiff.core.model;

import java.util.List;

/**
 * What one sentence asserts, normalized for comparison across versions.
 *
 * @param quotations the quotations that open in this sentence (a quotation may run on into later ones)
 * @param contentLemmas lemmas of the content words (nouns, verbs, adjectives, adverbs, numbers), lower case,
 *     in text order, for alignment
 */
public record Claim(
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Quotation> quotations,
    List<Mention> mentions,
    List<Pronoun> pronouns,
    List<Negation> negations,
    List<String> contentLemmas) {

  public Claim {
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    quotations = List.copyOf(quotations);
    mentions = List.copyOf(mentions);
    pronouns = List.copyOf(pronouns);
    negations = List.copyOf(negations);
    contentLemmas = List.copyOf(contentLemmas);
  }
}
