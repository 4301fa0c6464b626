package dev.factdiff.rules;

/** Which of the two versions a single-version rule is reading. */
public enum Version {
  ORIGINAL,
  REVISED
}
