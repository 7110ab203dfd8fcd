package dev.nngrade.nn.backend.cpu;

import java.util.concurrent.locks.LockSupport;

/**
 * Splits loops over independent items (rows, images, planes) across a few threads. Each item is
 * computed by exactly one thread with the same arithmetic as a sequential loop, so results never
 * depend on the number of threads.
 *
 * <p>A training step hands out dozens of short loops, a few microseconds each, one right after the
 * other. Waking a parked thread costs about as much, so the workers spin for a while after each loop
 * ({@link #SPIN_NANOS}) before they park, and the caller runs the first chunk itself.
 */
final class Parallel implements AutoCloseable {
  /** Below this many elementary operations a loop runs on the calling thread: handing it out costs more. */
  static final long MIN_PARALLEL_WORK = 1L << 14;

  /** How long an idle worker keeps looking for the next loop before it parks. */
  static final long SPIN_NANOS = 200_000;

  interface RangeBody {
    void run(int from, int to);
  }

  private final int threads;
  private final Worker[] workers;

  Parallel(int threads) {
    this(threads, true);
  }

  /** With {@code startWorkers} false the workers never run, as if never scheduled: tests use it to see the caller take over. */
  Parallel(int threads, boolean startWorkers) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.workers = new Worker[threads - 1];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new Worker("nngrade-cpu-" + (i + 1));
      if (startWorkers) {
        workers[i].start();
      }
    }
  }

  int threads() {
    return threads;
  }

  /** Runs {@code body} over {@code [0, n)}, in up to {@code threads} contiguous chunks when the work is large. */
  void forRange(int n, long workPerItem, RangeBody body) {
    int chunks = (int) Math.min(Math.min(threads, n), Math.max(1, (n * workPerItem) / MIN_PARALLEL_WORK));
    // a loop started from inside a chunk runs where it is: a worker waiting on itself would never finish
    if (chunks <= 1 || Thread.currentThread() instanceof Worker) {
      body.run(0, n);
      return;
    }
    for (int c = 1; c < chunks; c++) {
      workers[c - 1].submit(body, (int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
    }
    Throwable failure = null;
    try {
      body.run(0, (int) ((long) n / chunks));
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (int c = 1; c < chunks; c++) {
      Throwable t = workers[c - 1].await();
      if (t != null && failure == null) {
        failure = t;
      }
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException("a CPU worker failed", failure);
    }
  }

  @Override
  public void close() {
    for (Worker w : workers) {
      w.shutdown();
    }
  }

  /**
   * One worker thread; the caller publishes a chunk through the volatile {@code posted} counter.
   *
   * <p>Whoever advances {@code claimed} to a chunk's number runs it: the worker when it sees the chunk,
   * or the caller when it is done with its own chunk and the worker has not started yet. With as many
   * busy threads as cores, the operating system now and then leaves a worker off the processor for a
   * whole time slice (4 ms, against a 0.3 ms training step); the caller then does the chunk instead
   * of waiting for it. Either way exactly one thread computes it, so results do not change.
   */
  private static final class Worker extends Thread {
    private RangeBody body;
    private int from;
    private int to;
    private Throwable failure;
    private volatile long posted;
    private final java.util.concurrent.atomic.AtomicLong claimed = new java.util.concurrent.atomic.AtomicLong();
    private volatile long finished;
    private volatile boolean parked;
    private volatile boolean stopping;

    Worker(String name) {
      super(name);
      setDaemon(true);
    }

    void submit(RangeBody body, int from, int to) {
      this.body = body;
      this.from = from;
      this.to = to;
      this.failure = null;
      posted = posted + 1; // the volatile write publishes the fields above
      if (parked) {
        LockSupport.unpark(this);
      }
    }

    Throwable await() {
      long target = posted;
      if (claimed.compareAndSet(target - 1, target)) {
        runChunk(target); // the worker has not taken it: do it here rather than wait for the worker
      }
      while (finished != target) {
        Thread.onSpinWait();
      }
      return failure;
    }

    private void runChunk(long number) {
      try {
        body.run(from, to);
      } catch (Throwable t) {
        failure = t;
      }
      finished = number; // the volatile write publishes the chunk's results and any failure
    }

    void shutdown() {
      stopping = true;
      LockSupport.unpark(this);
    }

    @Override
    public void run() {
      long seen = 0;
      while (!stopping) {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (posted == seen && !stopping) {
          if (System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
          } else {
            parked = true;
            if (posted == seen && !stopping) {
              LockSupport.park(this);
            }
            parked = false;
          }
        }
        if (stopping) {
          return;
        }
        seen = posted;
        if (claimed.compareAndSet(seen - 1, seen)) {
          runChunk(seen);
        }
      }
    }
  }
}
