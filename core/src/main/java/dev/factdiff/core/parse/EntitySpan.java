package dev.factdiff.core.parse;

import dev.factdiff.core.model.Span;

/**
 * An entity mention as the NLP pipeline tagged it.
 *
 * @param type the pipeline's tag: PERSON, LOCATION, ORGANIZATION, MISC, NUMBER, PERCENT, MONEY, ORDINAL, DATE,
 *     TIME, DURATION, SET
 * @param normalized the pipeline's normalized value ("%90.0", "4000000.0", "2011-03"), empty when none
 * @param firstToken index of its first token in the sentence
 */
record EntitySpan(Span span, String text, String type, String normalized, int firstToken, int lastToken) {}
