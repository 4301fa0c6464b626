package dev.factdiff.core.align;

import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.Token;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a sentence, or a run of consecutive sentences, is made of, as sorted multisets of vocabulary ids: the
 * lemmas of its content words and its anchors (numbers, dates, names), and the character trigrams of its
 * content words packed into longs (so that a name spelled two ways still shares most of its trigrams).
 */
final class Profile {

  private final long[] lemmas;
  private final long[] anchors;
  private final long[] trigrams;
  private final int length;
  /** How many of the sentences have any content word, number, date or name: "." alone has none. */
  private final int contentful;
  private final Compartment compartment;
  private final int firstParagraph;
  private final int lastParagraph;

  private Profile(
      long[] lemmas,
      long[] anchors,
      long[] trigrams,
      int length,
      int contentful,
      Compartment compartment,
      int firstParagraph,
      int lastParagraph) {
    this.lemmas = lemmas;
    this.anchors = anchors;
    this.trigrams = trigrams;
    this.length = length;
    this.contentful = contentful;
    this.compartment = compartment;
    this.firstParagraph = firstParagraph;
    this.lastParagraph = lastParagraph;
  }

  static Profile of(Sentence sentence, Vocabulary vocabulary) {
    LongBag lemmas = new LongBag();
    sentence.claim().contentLemmas().forEach(l -> lemmas.add(vocabulary.id(TokenForms.normalize(l))));
    LongBag anchors = new LongBag();
    for (Quantity quantity : sentence.claim().quantities()) {
      anchors.add(vocabulary.id("#q " + quantity.unit() + " " + quantity.value().toPlainString()));
    }
    for (TimeExpression time : sentence.claim().times()) {
      String value = time.value().isEmpty() ? TokenForms.normalize(time.text()) : time.value();
      anchors.add(vocabulary.id("#t " + value));
    }
    for (Mention mention : sentence.claim().mentions()) {
      anchors.add(vocabulary.id("#m " + lettersAndDigits(mention.text())));
    }
    LongBag trigrams = new LongBag();
    int length = 0;
    for (Token token : sentence.tokens()) {
      if (token.isPunctuation()) {
        continue;
      }
      length += token.text().length() + 1;
      if (isContent(token)) {
        addTrigrams(lettersAndDigits(token.text()), trigrams);
      }
    }
    boolean hasContent = lemmas.size() + anchors.size() + trigrams.size() > 0;
    return new Profile(
        lemmas.sorted(),
        anchors.sorted(),
        trigrams.sorted(),
        length,
        hasContent ? 1 : 0,
        Compartment.of(sentence.kind()),
        sentence.paragraphIndex(),
        sentence.paragraphIndex());
  }

  /** The profile of this run followed by the next sentence; empty when the two may not be linked as one. */
  Optional<Profile> followedBy(Profile next) {
    if (next.compartment != compartment) {
      return Optional.empty();
    }
    return Optional.of(
        new Profile(
            merge(lemmas, next.lemmas),
            merge(anchors, next.anchors),
            merge(trigrams, next.trigrams),
            length + next.length,
            contentful + next.contentful,
            compartment,
            Math.min(firstParagraph, next.firstParagraph),
            Math.max(lastParagraph, next.lastParagraph)));
  }

  Compartment compartment() {
    return compartment;
  }

  int contentful() {
    return contentful;
  }

  boolean spansParagraphs() {
    return firstParagraph != lastParagraph;
  }

  long[] lemmas() {
    return lemmas;
  }

  long[] anchors() {
    return anchors;
  }

  long[] trigrams() {
    return trigrams;
  }

  int length() {
    return length;
  }

  private static boolean isContent(Token token) {
    return token.isNoun()
        || token.isVerb()
        || token.isAdjective()
        || token.isAdverb()
        || token.isNumber()
        || token.pos().equals("FW");
  }

  private static String lettersAndDigits(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    TokenForms.normalize(text).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Adds the word's character trigrams, padded at both ends, each packed into a long as three chars. */
  private static void addTrigrams(String word, LongBag sink) {
    if (word.isEmpty()) {
      return;
    }
    String padded = "<" + word + ">";
    for (int i = 0; i + 3 <= padded.length(); i++) {
      sink.add(((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2));
    }
  }

  /** The union of two sorted multisets, sorted. */
  private static long[] merge(long[] a, long[] b) {
    long[] merged = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      merged[k++] = a[i++];
    }
    while (j < b.length) {
      merged[k++] = b[j++];
    }
    return merged;
  }

  /** A growable multiset of longs (vocabulary ids and trigram codes). */
  private static final class LongBag {
    private long[] values = new long[64];
    private int size;

    int size() {
      return size;
    }

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] result = Arrays.copyOf(values, size);
      Arrays.sort(result);
      return result;
    }
  }
}
