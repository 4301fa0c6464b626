package dev.factdiff.core.align;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * One difference between the words of two linked sentences. A substitution has tokens on both sides, an
 * insertion only revised ones, a deletion only original ones.
 *
 * @param originalSpan the original tokens' extent; for an insertion, the empty span where they would stand
 * @param revisedSpan the revised tokens' extent; for a deletion, the empty span where they stood
 */
public record WordEdit(
    Type type, List<Token> originalTokens, List<Token> revisedTokens, Span originalSpan, Span revisedSpan) {

  public enum Type {
    SUBSTITUTION,
    INSERTION,
    DELETION
  }

  public WordEdit {
    originalTokens = List.copyOf(originalTokens);
    revisedTokens = List.copyOf(revisedTokens);
  }

  public Optional<Span> originalExtent() {
    return originalTokens.isEmpty() ? Optional.empty() : Optional.of(originalSpan);
  }

  public Optional<Span> revisedExtent() {
    return revisedTokens.isEmpty() ? Optional.empty() : Optional.of(revisedSpan);
  }
}
