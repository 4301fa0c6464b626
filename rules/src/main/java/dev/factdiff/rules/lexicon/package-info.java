/** The lexical resource the rules consult: WordNet 3.1 through extJWNL, loaded once and lazily. */
package dev.factdiff.rules.lexicon;
