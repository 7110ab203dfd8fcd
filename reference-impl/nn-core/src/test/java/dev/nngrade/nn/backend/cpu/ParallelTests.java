package dev.nngrade.nn.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// a caller that waited for a worker which never runs would spin for ever; the timeout turns that into a failure
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ParallelTests {
  /** Large enough per item that every call is split into as many chunks as there are threads. */
  static final long HEAVY = Parallel.MIN_PARALLEL_WORK;

  @Test
  void aWorkerThatNeverRunsDoesNotStallTheCaller() {
    try (Parallel p = new Parallel(3, false)) {
      AtomicIntegerArray runs = new AtomicIntegerArray(1000);
      Thread caller = Thread.currentThread();
      p.forRange(1000, HEAVY, (from, to) -> {
        assertSame(caller, Thread.currentThread());
        for (int i = from; i < to; i++) {
          runs.incrementAndGet(i);
        }
      });
      for (int i = 0; i < 1000; i++) {
        assertEquals(1, runs.get(i), "item " + i);
      }
    }
  }

  @Test
  void aFailureInAChunkTheCallerTookOverReachesTheCaller() {
    try (Parallel p = new Parallel(2, false)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.forRange(10, HEAVY, (from, to) -> {
        if (from > 0) {
          throw new IllegalStateException("chunk from " + from);
        }
      }));
      assertEquals("chunk from 5", e.getMessage());
    }
  }

  @Test
  void everyItemRunsExactlyOnceWhicheverThreadTakesIt() {
    try (Parallel p = new Parallel(3)) {
      int rounds = 3000, n = 97;
      AtomicIntegerArray runs = new AtomicIntegerArray(n);
      for (int r = 0; r < rounds; r++) {
        if (r % 50 == 0) {
          LockSupport.parkNanos(2 * Parallel.SPIN_NANOS); // let the workers park, so that some chunks are taken over
        }
        p.forRange(n, HEAVY, (from, to) -> {
          for (int i = from; i < to; i++) {
            runs.incrementAndGet(i);
          }
        });
      }
      for (int i = 0; i < n; i++) {
        assertEquals(rounds, runs.get(i), "item " + i);
      }
    }
  }
}
