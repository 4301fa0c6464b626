package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 3: NAME_VARIANT tried every pair of the names of both versions, so an article of thousands of
 * names cost the square of their number; the pairs that sound alike are now found by their codes, and they are
 * all the pairs that can be variants.
 */
class NameVariantBoundsTest {

  private static List<String> names(int count, long seed) {
    Random random = new Random(seed);
    String[] syllables = {"ka", "ro", "mi", "ta", "su", "le", "no", "vi", "da", "ph", "an", "el", "or", "ou", "ey"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder name = new StringBuilder();
      for (int s = 2 + random.nextInt(3); s > 0; s--) {
        name.append(syllables[random.nextInt(syllables.length)]);
      }
      name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
      names.add(Names.key(name.toString()));
    }
    return names.stream().distinct().toList();
  }

  @Test
  void theCandidatesHoldEveryPairOfVariants() {
    List<String> names = names(150, 21);
    List<String> everyPair = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (Names.variants(names.get(i), names.get(j))) {
          everyPair.add(i + "/" + j);
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (int[] pair : Names.soundAlikeCandidates(names)) {
      if (Names.variants(names.get(pair[0]), names.get(pair[1]))) {
        found.add(pair[0] + "/" + pair[1]);
      }
    }
    assertTrue(everyPair.size() > 3, "the test names have variants: " + everyPair.size());
    assertEquals(everyPair, found);
  }

  @Test
  void thousandsOfNamesAreNotComparedPairByPair() {
    List<String> names = names(20_000, 5);
    long candidates = Names.soundAlikeCandidates(names).size();
    long everyPair = (long) names.size() * (names.size() - 1) / 2;
    assertTrue(candidates * 20 < everyPair, candidates + " of " + everyPair);
  }
}
