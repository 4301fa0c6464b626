package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named entities of an aligned pair that the other side does not name at all: not by the same words, a
 * derived form ("Russia", "Russian"), a variant spelling ("Kiev", "Kyiv") or a short form ("U.N.", "Mideast").
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
    Set<String> revisedSpare = spare(revised, original);
    Set<String> originalSpare = spare(original, revised);
    List<WordSwap> swaps = new ArrayList<>();
    for (EditRegion region : EditRegion.of(pair)) {
      Optional<Token> o =
          region.originalTokens().stream()
              .filter(t -> named(t, original.tokens()) && !original.inTime(t))
              .filter(t -> !covered(t, revisedWords, revisedSpare))
              .filter(t -> !ShortForm.stands(t, original.tokens(), revised.tokens()))
              .findFirst();
      Optional<Token> r =
          region.revisedTokens().stream()
              .filter(t -> named(t, revised.tokens()) && !revised.inTime(t))
              .filter(t -> !covered(t, originalWords, originalSpare))
              .filter(t -> !ShortForm.stands(t, revised.tokens(), original.tokens()))
              .findFirst();
      if (o.isPresent() && r.isPresent()) {
        swaps.add(new WordSwap(o.get(), r.get()));
      }
    }
    return swaps;
  }

  /**
   * A proper noun; a capitalized word inside a sentence that WordNet does not know, which the tagger took for a
   * common noun ("Brivo" of a company name it has not seen); a capitalized adjective inside a sentence, which
   * names a people or place ("Chilean"); or a capitalized verb form after a lower-case word, which a place or
   * club named like a verb gets tagged as ("gave Barking", "beat Woking"; in a title-case headline the word
   * before is capitalized too).
   */
  private static boolean named(Token t, List<Token> sideTokens) {
    if (t.isProperNoun()) {
      return true;
    }
    if (t.index() == 0 || !Character.isUpperCase(t.text().codePointAt(0))) {
      return false;
    }
    if (t.isVerb() && !t.isModal()) {
      int at = sideTokens.indexOf(t);
      return at > 0 && sideTokens.get(at - 1).index() == t.index() - 1
          && Character.isLowerCase(sideTokens.get(at - 1).text().codePointAt(0));
    }
    return (t.isNoun() && !WordNetLexicon.get().knows(t.text())) || t.isAdjective();
  }

  static EntityCoverage of(AlignedPair pair) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    return new EntityCoverage(uncovered(original, revised), uncovered(revised, original));
  }

  private static List<Mention> uncovered(Side side, Side other) {
    Set<String> words = words(other);
    Set<String> spare = spare(other, side);
    return side.mentions().stream()
        .filter(m -> side.tokensIn(m.span()).stream()
            .anyMatch(t -> !covered(t, words, spare) && !ShortForm.stands(t, side.tokens(), other.tokens())))
        .filter(m -> !abbreviated(m.text(), words) && other.mentions().stream()
            .noneMatch(o -> ShortForm.abbreviates(m.text(), o.text())
                || ShortForm.abbreviates(o.text(), m.text()) && !writes(side, o.text())))
        .toList();
  }

  /** Whether the side writes the name itself: then the other side's same name renders that, not a long form. */
  private static boolean writes(Side side, String name) {
    String key = Names.key(name);
    return side.mentions().stream().anyMatch(m -> Names.key(m.text()).equals(key))
        || side.tokens().stream().anyMatch(t -> Names.key(t.text()).equals(key));
  }

  /** "un" for "United Nations": the word's letters are the initials of the name's capitalized words. */
  private static boolean initials(String shortForm, String longForm) {
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
    return words.stream().anyMatch(w -> w.length() >= 2 && w.length() <= 6 && initials(w, longForm));
  }

  /**
   * Whether the other side names the token: by the same word, or by a derived or variant form among its
   * {@code spare} words.
   */
  private static boolean covered(Token token, Set<String> words, Set<String> spare) {
    String key = Names.key(token.text());
    if (key.isEmpty() || !Character.isUpperCase(token.text().codePointAt(0)) || words.contains(key)) {
      return true;
    }
    for (String part : key.split("-")) {
      if (!part.isEmpty() && !words.contains(part) && spare.stream().noneMatch(w -> related(part, w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words {@code side} writes more often than {@code other}: a word both write as often renders its own
   * twin, not a derived or variant form ("the Tyrannosaurus ... other tyrannosaurs" against "Carol ... other
   * tyrannosaurs" leaves "Tyrannosaurus" unnamed).
   */
  private static Set<String> spare(Side side, Side other) {
    Map<String, Integer> counts = new HashMap<>();
    side.tokens().forEach(t -> counts.merge(Names.key(t.text()), 1, Integer::sum));
    other.tokens().forEach(t -> counts.merge(Names.key(t.text()), -1, Integer::sum));
    return words(side.tokens().stream().filter(t -> counts.get(Names.key(t.text())) > 0).toList());
  }

  private static boolean related(String a, String b) {
    return Names.derived(a, b) || Names.variants(a, b) || WordNetLexicon.get().sameName(a, b);
  }

  private static Set<String> words(Side side) {
    return words(side.tokens());
  }

  private static Set<String> words(List<Token> tokens) {
    Set<String> words = new HashSet<>();
    for (Token t : tokens) {
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
