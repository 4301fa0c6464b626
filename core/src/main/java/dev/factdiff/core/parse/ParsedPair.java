package dev.factdiff.core.parse;

import dev.factdiff.core.model.Article;

/** The two parsed versions of an article. */
public record ParsedPair(Article original, Article revised) {}
