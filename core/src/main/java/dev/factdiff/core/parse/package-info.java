/** Parsing an article into sentences and claims; {@link dev.factdiff.core.parse.CoreNlpAnnotator} alone touches CoreNLP. */
package dev.factdiff.core.parse;
