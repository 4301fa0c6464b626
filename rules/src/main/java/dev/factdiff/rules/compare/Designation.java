package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * A name whose number changed: "F-16" against "F-35", "Vexa-2" against "Vexa-3". The number is part of
 * the name, not a quantity, so the number rule does not compare it.
 */
final class Designation {

  /** The whole name on each side, as written. */
  record Change(Span original, Span revised) {}

  private Designation() {}

  static Optional<Change> in(EditRegion region, Side originalSide, Side revisedSide) {
    List<Token> before = words(region.originalTokens());
    List<Token> after = words(region.revisedTokens());
    if (before.isEmpty() || before.size() != after.size()) {
      return Optional.empty();
    }
    int differing = -1;
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).text().equals(after.get(i).text())) {
        if (differing >= 0) {
          return Optional.empty();
        }
        differing = i;
      }
    }
    if (differing < 0 || !digits(before.get(differing)) || !digits(after.get(differing))) {
      return Optional.empty();
    }
    Optional<Span> originalName = name(before.get(differing), originalSide.tokens());
    Optional<Span> revisedName = name(after.get(differing), revisedSide.tokens());
    if (originalName.isEmpty() || revisedName.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Change(originalName.get(), revisedName.get()));
  }

  /** The name the number ends: written on to a capitalized word through a hyphen, with no space between. */
  private static Optional<Span> name(Token number, List<Token> sentence) {
    int at = sentence.indexOf(number);
    if (at < 2 || !sentence.get(at - 1).text().equals("-") || !touching(sentence.get(at - 1), number)) {
      return Optional.empty();
    }
    int start = at - 1;
    while (start > 0 && touching(sentence.get(start - 1), sentence.get(start))) {
      start--;
    }
    Token first = sentence.get(start);
    if (start == at - 1 || !Character.isUpperCase(first.text().codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.of(first.span().union(number.span()));
  }

  /** Digits only: the tagger may call the number of a name a proper noun ("Vexa-2"). */
  private static boolean digits(Token t) {
    return !t.text().isEmpty() && t.text().chars().allMatch(Character::isDigit);
  }

  private static boolean touching(Token left, Token right) {
    return left.span().end() == right.span().start();
  }

  private static List<Token> words(List<Token> tokens) {
    return tokens.stream().filter(t -> !t.isPunctuation()).toList();
  }
}
