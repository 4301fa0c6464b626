package dev.factdiff.core.model;

/** A word that negates what its clause says: "not", "n't", "never", "no", "without", ... */
public record Negation(Span span, String cue) {}
