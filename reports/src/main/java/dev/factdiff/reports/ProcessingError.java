package dev.factdiff.reports;

/** A rule that failed on this input; the check went on without it and every renderer says so. */
public record ProcessingError(String rule, String message) {}
