package dev.factdiff.core.align;

import java.util.HashMap;
import java.util.Map;

/** Numbers the distinct strings of one alignment so that profiles compare as sorted int arrays. */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();

  int id(String word) {
    return ids.computeIfAbsent(word, w -> ids.size());
  }
}
