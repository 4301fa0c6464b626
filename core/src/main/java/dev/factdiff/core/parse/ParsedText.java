package dev.factdiff.core.parse;

import dev.factdiff.core.model.Article;

/** A parsed article and the annotated sentences it was built from. */
record ParsedText(Article article, TaggedSentences sentences) {}
