package dev.nngrade.grader.results;

import dev.nngrade.grader.protocol.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the events of one child run (already authenticated and decoded, see {@code
 * Frames.Reader} and {@code Codec}). An event counts only when it concerns a test the host asked
 * for, in the order a test runs (started, its checks, finished), once; everything else is counted as
 * rejected and otherwise ignored.
 */
public final class EventStream {
  /** Checks of one test at most (the suites make a few dozen). */
  static final int MAX_CHECKS = 4_096;
  private final Set<String> requested;
  private final Map<String, TestReport> finished = new LinkedHashMap<>();
  private final List<Event.ContainerFailed> containers = new ArrayList<>();
  private final List<Event.Rows> rows = new ArrayList<>();
  private Event.Timing timing;
  private Event.Confined confined;
  private String inFlight;
  private List<Event.Check> checks = new ArrayList<>();
  private boolean ended;
  private int rejected;
  private volatile long lastEventNanos = System.nanoTime();
  private volatile boolean testTimedOut;
  private volatile long endedNanos;

  public EventStream(Set<String> requested) {
    this.requested = Set.copyOf(requested);
  }

  /** Takes one event. */
  public synchronized void accept(Event event) {
    lastEventNanos = System.nanoTime();
    if (ended) {
      rejected++;
      return;
    }
    switch (event) {
      case Event.Started s -> {
        if (requested.contains(s.testId()) && !finished.containsKey(s.testId()) && inFlight == null) {
          inFlight = s.testId();
          checks = new ArrayList<>();
        } else {
          rejected++;
        }
      }
      case Event.Check c -> {
        if (c.testId().equals(inFlight) && checks.size() < MAX_CHECKS) {
          checks.add(c);
        } else {
          rejected++;
        }
      }
      case Event.Finished f -> {
        // a skipped test finishes without starting
        if (requested.contains(f.testId()) && !finished.containsKey(f.testId()) && (f.testId().equals(inFlight) || f.status() == Event.Status.SKIPPED && inFlight == null)) {
          finished.put(f.testId(), new TestReport(f.testId(), f.status(), Math.max(0, f.millis()), f.thrown(), f.testId().equals(inFlight) ? checks : List.of()));
          testTimedOut |= f.thrown() != null && "java.util.concurrent.TimeoutException".equals(f.thrown().type());
          if (f.testId().equals(inFlight)) {
            inFlight = null;
          }
        } else {
          rejected++;
        }
      }
      case Event.ContainerFailed c -> containers.add(c);
      case Event.Rows r -> rows.add(r);
      case Event.Timing t -> timing = t;
      case Event.Crash c -> containers.add(new Event.ContainerFailed("runner", Event.Status.FAILED, c.thrown()));
      case Event.Confined c -> {
        if (confined == null) {
          confined = c;
        } else {
          rejected++;
        }
      }
      case Event.End e -> {
        ended = true;
        endedNanos = System.nanoTime();
      }
    }
  }

  /** A frame that was not an event of this run. */
  public synchronized void reject() {
    rejected++;
  }

  /** Whether a test reported JUnit's own timeout: its thread may still run, so the JVM should be replaced. */
  public boolean testTimedOut() {
    return testTimedOut;
  }

  /** Nanosecond time of the runner's end event, or 0 before it came. */
  public long endedNanos() {
    return endedNanos;
  }

  /** Nanosecond time of the last event (or of construction). */
  public long lastEventNanos() {
    return lastEventNanos;
  }

  public synchronized RunResult result(RunResult.Ending ending, String stderrHead, long millis) {
    RunResult.Ending how = ended && ending == RunResult.Ending.EXITED ? RunResult.Ending.NORMAL : ending;
    return new RunResult(finished, containers, ended, how, Optional.ofNullable(inFlight), rejected, stderrHead, millis, rows, Optional.ofNullable(timing),
        Optional.ofNullable(confined));
  }
}
