package dev.factdiff.core.meaning;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The meaning model factdiff ships: all-MiniLM-L6-v2 (quantized; 384 dimensions), run in-process on ONNX Runtime
 * through LangChain4j, whose jar carries the model. The only class that touches LangChain4j or ONNX Runtime: no
 * type of theirs leaves it. Embeddings are cached by sentence text, so an original checked against many
 * revisions is embedded once. Thread-safe.
 */
public final class MiniLmMeaningModel implements MeaningModel {

  /** About 1.5 kB each: a desk's originals and their revisions, some 10 MB at most. */
  private static final int CACHED_SENTENCES = 8192;

  private final CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> model;
  private final Cache<String, Embedding> cache;

  private MiniLmMeaningModel(CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> model, int cachedSentences) {
    this.model = model;
    this.cache = CacheBuilder.newBuilder().maximumSize(cachedSentences).build();
  }

  /**
   * Starts loading the model (about a second on an idle core) on a daemon thread of its own and returns at once,
   * so that it loads while CoreNLP loads rather than after it; the first {@link #embed} waits for it.
   */
  public static MiniLmMeaningModel startLoading() {
    return startLoading(CACHED_SENTENCES);
  }

  /**
   * As {@link #startLoading()}, keeping at most {@code cachedSentences} embeddings; 0 embeds every text anew, as
   * if every check brought new text (what {@code factdiff bench} measures).
   */
  public static MiniLmMeaningModel startLoading(int cachedSentences) {
    CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> loading = new CompletableFuture<>();
    Thread load =
        new Thread(
            () -> {
              try {
                // Runnable::run: texts are embedded one after another on the calling thread; ONNX Runtime
                // already spreads each over the cores, and checks run side by side in a batch.
                loading.complete(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
              } catch (RuntimeException | LinkageError e) {
                loading.completeExceptionally(e);
              }
            },
            "factdiff-meaning-load");
    load.setDaemon(true);
    load.start();
    return new MiniLmMeaningModel(loading, cachedSentences);
  }

  @Override
  public List<Embedding> embed(List<String> texts) {
    // The batch's own results are kept in a map of their own: the cache may evict them at once (or keep none).
    Map<String, Embedding> known = new HashMap<>(cache.getAllPresent(texts));
    List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
    missing.removeAll(known.keySet());
    if (!missing.isEmpty()) {
      List<TextSegment> segments = missing.stream().map(TextSegment::from).toList();
      List<dev.langchain4j.data.embedding.Embedding> embedded;
      try {
        embedded = loaded().embedAll(segments).content();
      } catch (RuntimeException | LinkageError e) {
        throw new MeaningUnavailableException("the meaning model failed to embed: " + e, e);
      }
      for (int i = 0; i < missing.size(); i++) {
        Embedding embedding = Embedding.of(embedded.get(i).vector());
        known.put(missing.get(i), embedding);
        cache.put(missing.get(i), embedding);
      }
    }
    List<Embedding> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(known.get(text));
    }
    return List.copyOf(out);
  }

  private AllMiniLmL6V2QuantizedEmbeddingModel loaded() {
    try {
      return model.join();
    } catch (CompletionException e) {
      throw new MeaningUnavailableException("the meaning model did not load: " + e.getCause(), e.getCause());
    }
  }
}
