package dev.factdiff.core.align;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One difference between the words of two linked sentences. A substitution has tokens on both sides, an
 * insertion only revised ones, a deletion only original ones. Words are compared case-folded and with quote
 * marks, apostrophes and dashes of every style unified, so those differences are never edits.
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
    boolean fits =
        switch (type) {
          case SUBSTITUTION -> !originalTokens.isEmpty() && !revisedTokens.isEmpty();
          case INSERTION -> originalTokens.isEmpty() && !revisedTokens.isEmpty();
          case DELETION -> !originalTokens.isEmpty() && revisedTokens.isEmpty();
        };
    if (!fits) {
      throw new IllegalArgumentException(
          type + " with " + originalTokens.size() + " original and " + revisedTokens.size() + " revised tokens");
    }
  }

  public Optional<Span> originalExtent() {
    return originalTokens.isEmpty() ? Optional.empty() : Optional.of(originalSpan);
  }

  public Optional<Span> revisedExtent() {
    return revisedTokens.isEmpty() ? Optional.empty() : Optional.of(revisedSpan);
  }

  /**
   * Whether every token on both sides is a punctuation mark: a period added or dropped, a comma for a dash, a
   * quote mark moved. Signs that carry meaning ("%", "&", "$") are not punctuation here.
   */
  public boolean isPunctuationOnly() {
    return Stream.concat(originalTokens.stream(), revisedTokens.stream()).allMatch(TokenForms::isPunctuationMark);
  }

  /** The original tokens, separated by single spaces ("" for an insertion). */
  public String originalWords() {
    return words(originalTokens);
  }

  /** The revised tokens, separated by single spaces ("" for a deletion). */
  public String revisedWords() {
    return words(revisedTokens);
  }

  private static String words(List<Token> tokens) {
    return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
  }
}
