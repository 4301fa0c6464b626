package dev.factdiff.core.parse;

import java.util.Map;
import java.util.Optional;

/** The annotated sentences of a text by what the annotators read, so that a revision of it need not tag them again. */
record TaggedSentences(Map<SentenceKey, AnnotatedSentence> byKey) {

  static final TaggedSentences NONE = new TaggedSentences(Map.of());

  TaggedSentences {
    byKey = Map.copyOf(byKey);
  }

  Optional<AnnotatedSentence> find(SentenceKey key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
