package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named entities of an aligned pair that the other side does not name at all: not by the same words, a
 * derived form ("Russia", "Russian") or a variant spelling ("Kiev", "Kyiv").
 */
record EntityCoverage(List<Mention> onlyOriginal, List<Mention> onlyRevised) {

  EntityCoverage {
    onlyOriginal = List.copyOf(onlyOriginal);
    onlyRevised = List.copyOf(onlyRevised);
  }

  /** An entity of the original that the revision replaced with another. */
  record Swap(Mention original, Mention revised) {}

  /** A proper noun of the original that an edit replaced with another. */
  record WordSwap(Token original, Token revised) {}

  /** Leftover entities paired across versions: same type first, then any two of compatible kinds. */
  List<Swap> swaps() {
    List<Swap> swaps = new ArrayList<>();
    List<Mention> revised = new ArrayList<>(onlyRevised);
    for (Mention o : onlyOriginal) {
      Optional<Mention> match =
          revised.stream().filter(r -> r.type() == o.type()).findFirst()
              .or(() -> revised.stream().filter(r -> compatible(o, r)).findFirst());
      match.ifPresent(
          r -> {
            revised.remove(r);
            swaps.add(new Swap(o, r));
          });
    }
    return swaps;
  }

  /** Entities of the original with no counterpart at all in the revision. */
  List<Mention> dropped() {
    List<Mention> paired = swaps().stream().map(Swap::original).toList();
    return onlyOriginal.stream().filter(m -> !paired.contains(m)).toList();
  }

  /** Entities of the revision with no counterpart at all in the original. */
  List<Mention> added() {
    List<Mention> paired = swaps().stream().map(Swap::revised).toList();
    return onlyRevised.stream().filter(m -> !paired.contains(m)).toList();
  }

  /** People stand in only for people; places, organizations and the rest for each other. */
  private static boolean compatible(Mention a, Mention b) {
    return (a.type() == Mention.Type.PERSON) == (b.type() == Mention.Type.PERSON);
  }

  /**
   * Proper nouns that an edit replaced with other proper nouns the original side does not have ("Chicken
   * Pasta Salad", "Turkey Pasta Salad"), outside the recognized entities.
   */
  static List<WordSwap> properNounSwaps(AlignedPair pair) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    Set<String> originalWords = words(original);
    Set<String> revisedWords = words(revised);
    List<WordSwap> swaps = new ArrayList<>();
    for (EditRegion region : EditRegion.of(pair)) {
      Optional<Token> o =
          region.originalTokens().stream()
              .filter(t -> t.isProperNoun() && !inTime(t, original))
              .filter(t -> !covered(t, revisedWords))
              .findFirst();
      Optional<Token> r =
          region.revisedTokens().stream()
              .filter(t -> t.isProperNoun() && !inTime(t, revised))
              .filter(t -> !covered(t, originalWords))
              .findFirst();
      if (o.isPresent() && r.isPresent()) {
        swaps.add(new WordSwap(o.get(), r.get()));
      }
    }
    return swaps;
  }

  /** "March", "Monday": proper nouns that name a time, which the date rule compares. */
  private static boolean inTime(Token t, Side side) {
    return side.times().stream().anyMatch(d -> d.span().contains(t.span()));
  }

  static EntityCoverage of(AlignedPair pair) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    return new EntityCoverage(uncovered(original, revised), uncovered(revised, original));
  }

  private static List<Mention> uncovered(Side side, Side other) {
    Set<String> words = words(other);
    return side.mentions().stream()
        .filter(m -> side.tokensIn(m.span()).stream().anyMatch(t -> !covered(t, words)))
        .filter(m -> !abbreviated(m.text(), words) && other.mentions().stream().noneMatch(o -> abbreviates(o.text(), m.text()) || abbreviates(m.text(), o.text())))
        .toList();
  }

  /** "U.N." for "United Nations": the short form's letters are the initials of the long one's words. */
  static boolean abbreviates(String shortForm, String longForm) {
    String letters = shortForm.replaceAll("[^A-Za-z]", "");
    StringBuilder initials = new StringBuilder();
    for (String w : longForm.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return letters.length() >= 2 && letters.equalsIgnoreCase(initials.toString());
  }

  private static boolean abbreviated(String longForm, Set<String> words) {
    return words.stream().anyMatch(w -> w.length() >= 2 && w.length() <= 6 && abbreviates(w, longForm));
  }

  private static boolean covered(Token token, Set<String> words) {
    String key = Names.key(token.text());
    if (key.isEmpty() || !Character.isUpperCase(token.text().codePointAt(0)) || words.contains(key)) {
      return true;
    }
    for (String part : key.split("-")) {
      if (!part.isEmpty() && !words.contains(part) && words.stream().noneMatch(w -> related(part, w))) {
        return false;
      }
    }
    return true;
  }

  private static boolean related(String a, String b) {
    return Names.derived(a, b) || Names.variants(a, b);
  }

  private static Set<String> words(Side side) {
    Set<String> words = new HashSet<>();
    for (Token t : side.tokens()) {
      String key = Names.key(t.text());
      if (!key.isEmpty()) {
        words.add(key);
        for (String part : key.split("-")) {
          if (!part.isEmpty()) {
            words.add(part);
          }
        }
        words.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }
}
