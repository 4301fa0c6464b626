package dev.factdiff.core.parse;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.factdiff.core.input.Block;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A bounded cache of parsed articles keyed by a hash of their content (text and paragraph layout, not name), so
 * that checking many revisions against one original parses the original once. Thread-safe.
 */
public final class ParsedArticleCache {

  private final ArticleParser parser;
  private final Cache<HashCode, Article> parsed;

  public ParsedArticleCache(ArticleParser parser, int maximumArticles) {
    this.parser = parser;
    this.parsed = CacheBuilder.newBuilder().maximumSize(maximumArticles).recordStats().build();
  }

  /** The parse of {@code source}, from the cache when the same content was parsed before, under its own name. */
  public Article parse(SourceText source) {
    Article article;
    try {
      article = parsed.get(key(source), () -> parser.parse(source));
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing " + source.name() + " failed", e.getCause());
    } catch (com.google.common.util.concurrent.UncheckedExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
    return article.name().equals(source.name()) ? article : new Article(source.name(), article.text(), article.paragraphs());
  }

  /**
   * Parses two versions at once, one on the calling thread and one on the common pool: on two cores a pair
   * takes little more than its longer article.
   */
  public ParsedPair parsePair(SourceText original, SourceText revised) {
    CompletableFuture<Article> first = CompletableFuture.supplyAsync(() -> parse(original));
    Article second = parse(revised);
    try {
      return new ParsedPair(first.join(), second);
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  public long hits() {
    return parsed.stats().hitCount();
  }

  public long misses() {
    return parsed.stats().missCount();
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
