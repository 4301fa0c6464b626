package dev.factdiff.core.align;

import dev.factdiff.core.model.Sentence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Links written compactly for assertions: {@code "5>4+5"} is original sentence 5 rendered by revised sentences 4
 * and 5, {@code "0>-"} a dropped sentence, {@code "->12"} an added one, {@code "21>24 moved"} a moved pair.
 */
final class LinkNotation {

  private LinkNotation() {}

  static List<String> of(Alignment alignment) {
    return alignment.pairs().stream().map(LinkNotation::of).toList();
  }

  static String of(AlignedPair pair) {
    return side(pair.original()) + ">" + side(pair.revised()) + (pair.moved() ? " moved" : "");
  }

  /** Original sentences {@code from..to} rendered one to one, in order, from revised sentence {@code first}. */
  static List<String> inOrder(int from, int to, int first) {
    return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(i -> i + ">" + (first + i - from)).toList();
  }

  private static String side(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return "-";
    }
    return sentences.stream().map(s -> String.valueOf(s.index())).collect(Collectors.joining("+"));
  }
}
