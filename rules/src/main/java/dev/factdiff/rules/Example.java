package dev.factdiff.rules;

import java.util.Optional;

/**
 * Text that a rule must flag, or must pass. Flagged places are marked {@code [[like this]]}: the rule's finding
 * must overlap each marked place, and nothing else may be flagged. A single-version example has only one text.
 */
public record Example(boolean flags, String original, Optional<String> revised) {

  /** A pair of versions the rule must flag where marked. */
  public static Example flags(String original, String revised) {
    return new Example(true, original, Optional.of(revised));
  }

  /** A pair of versions the rule must leave alone. */
  public static Example passes(String original, String revised) {
    return new Example(false, original, Optional.of(revised));
  }

  /** One text a single-version rule must flag where marked. */
  public static Example flags(String text) {
    return new Example(true, text, Optional.empty());
  }

  /** One text a single-version rule must leave alone. */
  public static Example passes(String text) {
    return new Example(false, text, Optional.empty());
  }
}
