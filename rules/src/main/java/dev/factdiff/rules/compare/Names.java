package dev.factdiff.rules.compare;

import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** How two spellings of a name relate: the same, derived forms of one another, or variants of one name. */
final class Names {

  /**
   * Endings that derive a demonym, adjective, plural or possessive from a name ("Russia", "Russian"), and the
   * Latin singular they may replace ("Tyrannosaurus", "tyrannosaurs"; "Confucius", "Confucian").
   */
  private static final List<String> DERIVING_ENDINGS =
      List.of("", "s", "es", "'s", "'", "n", "an", "ian", "ean", "ese", "i", "is", "ish", "ic", "ern", "er",
          "ite", "ans", "ians", "ns", "ers", "ites", "us");

  private static final int SHORTEST = 4;

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private Names() {}

  /** The name as compared: lower case, no accents or dots ("U.S." is "us"), no punctuation at the ends. */
  static String key(String name) {
    // Called for every token of both versions by several rules: ASCII has no accents to strip.
    String unaccented =
        isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return Words.bare(unaccented.replace(".", ""));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** "Russia"/"Russian", "Kurds"/"Kurdish": a shared stem and deriving endings, or a WordNet derivation. */
  static boolean derived(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.equals(y)) {
      return true;
    }
    int common = 0;
    while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    for (int stem = common; stem >= SHORTEST - 1; stem--) {
      if (DERIVING_ENDINGS.contains(x.substring(stem)) && DERIVING_ENDINGS.contains(y.substring(stem))) {
        return true;
      }
    }
    // a final vowel may give way to the ending: "China", "Chinese"
    String shorter = x.length() <= y.length() ? x : y;
    String longer = x.length() <= y.length() ? y : x;
    if (shorter.length() >= SHORTEST) {
      String trimmed = shorter.substring(0, shorter.length() - 1);
      if (isVowel(shorter.charAt(shorter.length() - 1)) && longer.startsWith(trimmed)
          && DERIVING_ENDINGS.contains(longer.substring(trimmed.length()))) {
        return true;
      }
    }
    return x.length() >= SHORTEST && y.length() >= SHORTEST && WordNetLexicon.get().derived(x, y);
  }

  /**
   * Two spellings of one name: they sound alike (Double Metaphone) and differ by a few letters, and neither is
   * the other or a form derived from it.
   */
  /**
   * The pairs {@code [i, j]} (i &lt; j, in order) of {@code names} that {@link #variants} may hold for: those that
   * sound alike by Double Metaphone, found by grouping on its codes rather than by trying every pair, so that a
   * long article's thousands of names cost about their number, not its square.
   */
  static List<int[]> soundAlikeCandidates(List<String> names) {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    Map<String, List<Integer>> byCode = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String x = key(names.get(i));
      if (x.length() < SHORTEST || !x.chars().allMatch(Character::isLetter)) {
        continue;
      }
      byCode.computeIfAbsent("p" + metaphone.doubleMetaphone(x, false), c -> new ArrayList<>()).add(i);
      byCode.computeIfAbsent("a" + metaphone.doubleMetaphone(x, true), c -> new ArrayList<>()).add(i);
    }
    Set<Long> seen = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> group : byCode.values()) {
      for (int g = 0; g < group.size(); g++) {
        for (int h = g + 1; h < group.size(); h++) {
          int i = group.get(g);
          int j = group.get(h);
          if (seen.add((long) i * names.size() + j)) {
            pairs.add(new int[] {i, j});
          }
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    return pairs;
  }

  static boolean variants(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.length() < SHORTEST || y.length() < SHORTEST || x.equals(y)) {
      return false;
    }
    if (!x.chars().allMatch(Character::isLetter) || !y.chars().allMatch(Character::isLetter)) {
      return false;
    }
    DoubleMetaphone metaphone = new DoubleMetaphone();
    boolean soundAlike = metaphone.isDoubleMetaphoneEqual(x, y) || metaphone.isDoubleMetaphoneEqual(x, y, true);
    if (!soundAlike) {
      return false;
    }
    int distance = LevenshteinDistance.getDefaultInstance().apply(x, y);
    double similarity = new JaroWinklerSimilarity().apply(x, y);
    int allowed = Math.max(2, Math.min(x.length(), y.length()) / 3);
    return distance <= allowed && similarity >= 0.8 && !derived(x, y);
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
  }
}
