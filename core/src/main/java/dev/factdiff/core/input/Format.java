package dev.factdiff.core.input;

/** How the input was written. */
public enum Format {
  TEXT,
  HTML
}
