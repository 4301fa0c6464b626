/** Evaluation: runs the checker on annotated cases and scores its findings as the independent scorer does. */
package dev.factdiff.rules.eval;
