package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short forms of names: "U.N." for "United Nations", "USGS" for "U.S. Geological Survey", "Mideast" for "Middle
 * East". The short form runs, in order, a non-empty beginning of each capitalized word of the long form (a
 * lower-case word such as "of" may give letters or none); dots and case do not count.
 */
final class ShortForm {

  /** Longer stretches than this are not looked at as the long form of a short one. */
  private static final int LONGEST = 6;

  private ShortForm() {}

  /** Whether {@code shortForm} abbreviates the words of {@code longForm} (split at spaces and hyphens). */
  static boolean abbreviates(String shortForm, String longForm) {
    return abbreviates(shortForm, List.of(longForm.trim().split("[\\s-]+")));
  }

  static boolean abbreviates(String shortForm, List<String> longWords) {
    String letters = letters(shortForm);
    List<String> words = longWords.stream().filter(w -> !letters(w).isEmpty()).toList();
    long capitalized = words.stream().filter(ShortForm::capitalized).count();
    int longLetters = words.stream().mapToInt(w -> letters(w).length()).sum();
    return letters.length() >= 2 && capitalized >= 2 && letters.length() < longLetters && runs(letters, 0, words, 0);
  }

  /**
   * Whether the token is a short form of a stretch of at least two capitalized words of {@code other}, or is one
   * of a stretch of capitalized words of {@code own} that a token of {@code other} shortens. A short form that
   * {@code own} writes as well renders that one, not the long form ("the U.S. Geological Survey (USGS)" / "(USGS)").
   */
  static boolean stands(Token token, List<Token> own, List<Token> other) {
    if (!capitalized(token.text())) {
      return false;
    }
    if (candidate(token) && stretches(other).stream().anyMatch(s -> abbreviates(token.text(), texts(s)))) {
      return true;
    }
    List<Token> shortForms =
        other.stream()
            .filter(t -> candidate(t) && own.stream().noneMatch(o -> Names.key(o.text()).equals(Names.key(t.text()))))
            .toList();
    return stretches(own).stream()
        .filter(s -> s.contains(token))
        .anyMatch(s -> shortForms.stream().anyMatch(t -> abbreviates(t.text(), texts(s))));
  }

  /** A token that can be a short form: a proper noun or a word in capitals ("Mideast", "U.N.", "USGS"). */
  private static boolean candidate(Token token) {
    String letters = token.text().replaceAll("[^\\p{L}]", "");
    return capitalized(token.text()) && (token.isProperNoun() || letters.equals(letters.toUpperCase(Locale.ROOT)));
  }

  /** Every stretch of two to {@link #LONGEST} consecutive capitalized words of the tokens. */
  private static List<List<Token>> stretches(List<Token> tokens) {
    List<List<Token>> stretches = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      if (!capitalized(tokens.get(start).text())) {
        continue;
      }
      for (int end = start + 1; end < tokens.size() && end - start < LONGEST; end++) {
        if (!capitalized(tokens.get(end).text())) {
          break;
        }
        stretches.add(tokens.subList(start, end + 1));
      }
    }
    return stretches;
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  private static boolean runs(String letters, int at, List<String> words, int word) {
    if (word == words.size()) {
      return at == letters.length();
    }
    String w = letters(words.get(word));
    if (!capitalized(words.get(word)) && runs(letters, at, words, word + 1)) {
      return true;
    }
    for (int p = 1; p <= w.length() && at + p <= letters.length(); p++) {
      if (letters.startsWith(w.substring(0, p), at) && runs(letters, at + p, words, word + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static String letters(String word) {
    return word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }
}
