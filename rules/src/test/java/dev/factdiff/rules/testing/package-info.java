/** Test fixtures for rules: a configurable rule context, marked example text and the seed pair's expectations. */
package dev.factdiff.rules.testing;
