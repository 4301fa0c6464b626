/** The article model: immutable records for an article's paragraphs, sentences and the claims they make. */
package dev.factdiff.core.model;
