package dev.factdiff.core.parse;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.factdiff.core.input.Block;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * A bounded cache of parsed articles keyed by a hash of their content (text and paragraph layout, not name), so
 * that checking many revisions against one original parses the original once. Thread-safe.
 */
public final class ParsedArticleCache {

  private final ArticleParser parser;
  private final Cache<HashCode, ParsedText> parsed;

  public ParsedArticleCache(ArticleParser parser, int maximumArticles) {
    this.parser = parser;
    this.parsed = CacheBuilder.newBuilder().maximumSize(maximumArticles).recordStats().build();
  }

  /** The parse of {@code source}, from the cache when the same content was parsed before, under its own name. */
  public Article parse(SourceText source) {
    ParsedText text;
    try {
      text = parsed.get(key(source), () -> parser.parseTogether(List.of(source), TaggedSentences.NONE).get(0));
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing " + source.name() + " failed", e.getCause());
    } catch (com.google.common.util.concurrent.UncheckedExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
    return named(text.article(), source);
  }

  /**
   * Parses two versions, each from the cache when parsed before. The sentences a version shares with the other are
   * tagged once, and a version parsed before lends the new one its tagged sentences.
   */
  public ParsedPair parsePair(SourceText original, SourceText revised) {
    return parsePair(original, revised, Limits.DEFAULT, Deadline.none());
  }

  /** Likewise within {@code limits}, stopping at {@code deadline}; nothing half-parsed is cached. */
  public ParsedPair parsePair(SourceText original, SourceText revised, Limits limits, Deadline deadline) {
    HashCode originalKey = key(original);
    HashCode revisedKey = key(revised);
    ParsedText first = parsed.getIfPresent(originalKey);
    ParsedText second = parsed.getIfPresent(revisedKey);
    if (first == null || second == null) {
      List<SourceText> missing = new ArrayList<>();
      if (first == null) {
        missing.add(original);
      }
      if (second == null) {
        missing.add(revised);
      }
      TaggedSentences known =
          first != null ? first.sentences() : second != null ? second.sentences() : TaggedSentences.NONE;
      List<ParsedText> fresh = parser.parseTogether(missing, known, limits, deadline);
      if (first == null) {
        first = fresh.get(0);
        parsed.put(originalKey, first);
      }
      if (second == null) {
        second = fresh.get(fresh.size() - 1);
        parsed.put(revisedKey, second);
      }
    }
    return new ParsedPair(named(first.article(), original), named(second.article(), revised));
  }

  public long hits() {
    return parsed.stats().hitCount();
  }

  public long misses() {
    return parsed.stats().missCount();
  }

  private static Article named(Article article, SourceText source) {
    return article.name().equals(source.name()) ? article : new Article(source.name(), article.text(), article.paragraphs());
  }

  static HashCode key(SourceText source) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(source.text(), StandardCharsets.UTF_8);
    for (Block block : source.blocks()) {
      hasher.putInt(block.span().start()).putInt(block.span().end()).putInt(block.kind().ordinal());
    }
    return hasher.hash();
  }
}
