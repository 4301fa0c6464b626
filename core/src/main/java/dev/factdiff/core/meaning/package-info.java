/**
 * The meaning model: sentence embeddings behind one adapter ({@link dev.factdiff.core.meaning.MiniLmMeaningModel}),
 * as CoreNLP is behind the parser's; nothing else touches the embedding library.
 */
package dev.factdiff.core.meaning;
