package dev.factdiff.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on the calling thread and, when no other mapping is running and the machine has a second core, on
 * one helper thread as well: a single check's rules then take about half as long, while checks already running
 * side by side (a batch) keep to one thread each. The results keep the order of the list.
 */
final class SpareCore {

  /** Mappings running now, in every engine: the helper thread is shared by all of them. */
  private static final AtomicInteger RUNNING = new AtomicInteger();

  private SpareCore() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> function) {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        results[i] = function.apply(items.get(i));
      }
    };
    boolean alone = RUNNING.incrementAndGet() == 1;
    try {
      if (alone && items.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
        Future<?> helped = Helper.THREAD.submit(work);
        work.run();
        joined(helped);
      } else {
        work.run();
      }
    } finally {
      RUNNING.decrementAndGet();
    }
    @SuppressWarnings("unchecked")
    List<R> mapped = (List<R>) Arrays.asList(results);
    return mapped;
  }

  private static void joined(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the helper thread ran rules", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Created on first use: a daemon thread, so that it never keeps the JVM alive. */
  private static final class Helper {
    static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "factdiff-rules-helper");
      thread.setDaemon(true);
      return thread;
    });
  }
}
