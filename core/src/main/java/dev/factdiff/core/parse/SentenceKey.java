package dev.factdiff.core.parse;

import java.util.List;

/**
 * What the tagger, the recognizer and SUTime read of a sentence: its text, its tokens as the tokenizer gave them
 * (quotation marks turned by the state it carried from earlier paragraphs) and where they stand, the space around
 * it, and the character after it. Two sentences with the same key are annotated alike.
 *
 * @param offsets each token's start and end, from the sentence's start
 * @param next the character right after the sentence, or -1 at the end of the text
 */
record SentenceKey(String text, List<String> words, List<Integer> offsets, String before, String after, int next) {

  SentenceKey {
    words = List.copyOf(words);
    offsets = List.copyOf(offsets);
  }
}
