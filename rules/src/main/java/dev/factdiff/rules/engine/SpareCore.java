package dev.factdiff.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One helper thread, owned by the application that starts it and closed by it. An engine given it maps its rules
 * on the calling thread and, when no other mapping is running and the machine has a second core, on the helper as
 * well: a single check's rules then take about half as long, while checks already running side by side (a batch)
 * keep to one thread each. The application may also hand it a resource to load ahead of use ({@link #prefetch}).
 */
public final class SpareCore implements AutoCloseable {

  private final ExecutorService helper;
  /** Mappings running now, in every engine given this helper. */
  private final AtomicInteger running = new AtomicInteger();

  private SpareCore(ExecutorService helper) {
    this.helper = helper;
  }

  /** A helper whose thread starts with its first task: a daemon, so that it never keeps the JVM alive. */
  public static SpareCore start() {
    return new SpareCore(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "factdiff-rules-helper");
              thread.setDaemon(true);
              return thread;
            }));
  }

  /**
   * Runs {@code task} on the helper thread, for example loading WordNet (half a second) while the parser loads
   * its models rather than after them.
   */
  public void prefetch(Runnable task) {
    helper.execute(task);
  }

  /** Maps {@code items} in order; on this thread alone when {@code spare} is empty. */
  static <T, R> List<R> map(Optional<SpareCore> spare, List<T> items, Function<T, R> function) {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        results[i] = function.apply(items.get(i));
      }
    };
    if (spare.isPresent()) {
      spare.get().share(work, items.size());
    } else {
      work.run();
    }
    @SuppressWarnings("unchecked")
    List<R> mapped = (List<R>) Arrays.asList(results);
    return mapped;
  }

  private void share(Runnable work, int items) {
    boolean alone = running.incrementAndGet() == 1;
    try {
      if (alone && items > 1 && Runtime.getRuntime().availableProcessors() > 1) {
        Future<?> helped = helper.submit(work);
        work.run();
        joined(helped);
      } else {
        work.run();
      }
    } finally {
      running.decrementAndGet();
    }
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

  /** Stops the helper thread; a prefetch still running is interrupted. */
  @Override
  public void close() {
    helper.shutdownNow();
  }
}
