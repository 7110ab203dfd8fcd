package dev.nngrade.nn.backend.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits loops over independent items (rows, images, planes) across a few threads. Each item is
 * computed by exactly one thread with the same arithmetic as a sequential loop, so results never
 * depend on the number of threads.
 */
final class Parallel implements AutoCloseable {
  /** Below this many elementary operations a loop runs on the calling thread: forking costs more. */
  static final long MIN_PARALLEL_WORK = 1L << 15;

  interface RangeBody {
    void run(int from, int to);
  }

  private final int threads;
  private final ForkJoinPool pool;

  Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    if (threads == 1) {
      this.pool = null;
    } else {
      AtomicInteger id = new AtomicInteger();
      this.pool =
          new ForkJoinPool(
              threads,
              p -> {
                var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                t.setName("nngrade-cpu-" + id.incrementAndGet());
                t.setDaemon(true);
                return t;
              },
              null,
              false);
    }
  }

  int threads() {
    return threads;
  }

  /** Runs {@code body} over {@code [0, n)}, in up to {@code threads} contiguous chunks when the work is large. */
  void forRange(int n, long workPerItem, RangeBody body) {
    int chunks = (int) Math.min(Math.min(threads, n), Math.max(1, (n * workPerItem) / MIN_PARALLEL_WORK));
    if (pool == null || chunks <= 1) {
      body.run(0, n);
      return;
    }
    List<ForkJoinTask<?>> tasks = new ArrayList<>(chunks - 1);
    for (int c = 1; c < chunks; c++) {
      int from = (int) ((long) n * c / chunks);
      int to = (int) ((long) n * (c + 1) / chunks);
      tasks.add(pool.submit(() -> body.run(from, to)));
    }
    RuntimeException failure = null;
    try {
      body.run(0, (int) ((long) n / chunks));
    } catch (RuntimeException e) {
      failure = e;
    }
    for (ForkJoinTask<?> t : tasks) {
      try {
        t.join();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
