package dev.factdiff.rules.engine;

import dev.factdiff.core.testing.Seeds;
import dev.factdiff.rules.testing.Invariants;
import dev.factdiff.rules.testing.TestCheckers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of any check, on generated pairs (issue 21): sentences of the seed article, edited at random with
 * what hostile text holds (long and scientific numbers, impossible dates, invisible and bidirectional characters,
 * astral and combining characters, stray quotation marks, markup, runs of punctuation, CR and tab). For every
 * pair, every span of every claim and finding quotes its text; for every text against itself, nothing that
 * compares versions finds anything. The cases come from fixed seeds, so a failure names a case that can be rerun.
 */
class SpanPropertiesTest {

  private static final int CASES = 16;

  /** Pieces of hostile text, each put in place of a word or between two. */
  private static final List<String> HOSTILE =
      List.of(
          "9,999,999,999,999,999,999", "1e308", "$1e308", "7".repeat(400), "3.5%", "$5m", "February 30", "31 April",
          "\u202E54\u202C", "Al\u200BMansouri", "\uFEFF", "\u2066x\u2069", "😀", "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "日本の",
          "“", "”", "\"", "'", "‘", "« »", "<b>", "</p>", "<script>alert(1)</script>", "&amp;", "&".repeat(300),
          "...", "?!", "--", "\r", "\r\n", "\t", "\u00A0", "\u2028", "not", "never", "he", "she", "Poutine", "1/2",
          "twenty-one", "a third", "—", "(", ")", "[", "]");

  static Stream<Arguments> pairs() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String name : List.of(Seeds.ORIGINAL, Seeds.REVISED)) {
      String text = Files.readString(Seeds.dir().resolve(name), StandardCharsets.UTF_8);
      sentences.addAll(Arrays.stream(text.split("(?<=[.!?”])\\s+")).filter(s -> s.length() > 20).toList());
    }
    List<Arguments> cases = new ArrayList<>();
    for (int seed = 0; seed < CASES; seed++) {
      Random random = new Random(seed);
      StringBuilder original = new StringBuilder();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        original.append(sentences.get(random.nextInt(sentences.size())));
        original.append(random.nextInt(3) == 0 ? "\n\n" : " ");
      }
      String revised = edited(original.toString().strip(), random);
      cases.add(Arguments.of(seed, edited(original.toString().strip(), random), revised));
    }
    return cases.stream();
  }

  /** The text with a few words replaced by, or followed by, hostile pieces. */
  private static String edited(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && !words.isEmpty(); i++) {
      int at = random.nextInt(words.size());
      String piece = HOSTILE.get(random.nextInt(HOSTILE.size()));
      if (random.nextBoolean()) {
        words.set(at, piece);
      } else {
        words.set(at, words.get(at) + piece);
      }
    }
    String edited = String.join(" ", words).strip();
    return edited.isBlank() ? "Nothing." : edited;
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("pairs")
  void everySpanQuotesItsText(int seed, String original, String revised) {
    CheckOutcome outcome = TestCheckers.standard().check("original", original, "revised", revised);
    Invariants.spansQuoteTheirText(outcome);
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("pairs")
  void aTextAgainstItselfDiffersInNothing(int seed, String original, String revised) {
    CheckOutcome outcome = TestCheckers.standard().check("original", revised, "revised", revised);
    Invariants.spansQuoteTheirText(outcome);
    Invariants.identicalVersionsDifferInNothing(outcome);
  }
}
