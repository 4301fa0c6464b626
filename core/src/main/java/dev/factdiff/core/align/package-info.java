/** Alignment of two versions of an article: which sentences render which, and the word edits inside each pair. */
package dev.factdiff.core.align;
