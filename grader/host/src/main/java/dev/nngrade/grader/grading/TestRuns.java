package dev.nngrade.grader.grading;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.Verdict;
import dev.nngrade.grader.judging.Verdicts;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestReport;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.SandboxUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs one submission's tests in fresh child JVMs until every test has a verdict, all within the
 * submission's one wall-clock budget. A crash or timeout marks the test that was running and the rest
 * run in a new JVM; a test that started after another timed out inside the JVM is innocent and runs
 * again. Each run gets what is left of the budget as its clock, so retries can never add up to more
 * than the budget: tests still waiting when it runs out are not run, and say why.
 */
final class TestRuns {
  /** Starts one child run; {@link ChildJvm#run} in production. */
  @FunctionalInterface
  interface Child {
    RunResult run(ChildJvm.Launch launch, Request request) throws IOException;
  }

  /** One child run, as {@code timings.json} lists it. */
  @JsonPropertyOrder(alphabetic = true)
  record Run(int tests, int finished, RunResult.Ending ending, long millis) {}

  /** The verdict of every test, the frames rejected over all runs, and the runs. */
  record Graded(Map<String, Verdict> verdicts, int rejected, List<Run> runs) {}

  private final Child child;
  private final LongSupplier nanoTime;
  private final Duration budget;
  private final Expectations expectations;
  private final Function<List<Manifest.Entry>, Request.RunTests> requests;

  /**
   * {@code budget}: the submission's wall clock, from the first run's start; {@code requests}: the
   * request for a list of remaining tests (a fresh run key each time); {@code nanoTime}: the clock.
   */
  TestRuns(Child child, LongSupplier nanoTime, Duration budget, Expectations expectations, Function<List<Manifest.Entry>, Request.RunTests> requests) {
    this.child = child;
    this.nanoTime = nanoTime;
    this.budget = budget;
    this.expectations = expectations;
    this.requests = requests;
  }

  Graded run(List<Manifest.Entry> tests, ChildJvm.Launch launch) throws IOException {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    List<Manifest.Entry> remaining = new ArrayList<>(tests);
    int rejected = 0;
    List<Run> runs = new ArrayList<>();
    long start = nanoTime.getAsLong();
    int seconds = (int) budget.toSeconds();
    // one run per test at most: every run but the last settles at least one test
    while (!remaining.isEmpty() && runs.size() <= tests.size()) {
      Duration left = budget.minusNanos(nanoTime.getAsLong() - start);
      if (left.isNegative() || left.isZero()) {
        for (Manifest.Entry e : remaining) {
          verdicts.put(e.id(), Verdict.outOfTime(e.id(), Outcome.NOT_RUN, seconds));
        }
        break;
      }
      RunResult r = child.run(launch.withRunClock(left), requests.apply(remaining));
      r.confined().filter(c -> c.problem() != null).ifPresent(c -> {
        throw new SandboxUnavailableException("the child JVM could not confine itself: " + c.problem());
      });
      rejected += r.rejected();
      runs.add(new Run(remaining.size(), r.finished().size(), r.ending(), r.millis()));
      for (Manifest.Entry e : remaining) {
        TestReport report = r.finished().get(e.id());
        if (report != null) {
          verdicts.put(e.id(), Verdicts.decide(report, expectations.of(e.id())));
        }
      }
      if (r.ending() == RunResult.Ending.NORMAL) {
        Event.ContainerFailed container = r.failedContainers().stream().findFirst().orElse(null);
        for (Manifest.Entry e : remaining) {
          verdicts.putIfAbsent(e.id(), container == null ? Verdict.lost(e.id(), Outcome.NOT_RUN, "no report came for this test")
              : new Verdict(e.id(), Outcome.NOT_RUN, 0, new Verdict.Reason.ContainerFailed(container.thrown()), List.of()));
        }
        break;
      }
      boolean spent = r.ending() == RunResult.Ending.TIMED_OUT && nanoTime.getAsLong() - start >= budget.toNanos();
      if (spent) {
        // the run's clock was what was left of the budget: the test running then was stopped by the budget, not by its own time
        r.inFlight().ifPresent(id -> verdicts.put(id, Verdict.outOfTime(id, Outcome.TIMED_OUT, seconds)));
        for (Manifest.Entry e : remaining) {
          verdicts.putIfAbsent(e.id(), Verdict.outOfTime(e.id(), Outcome.NOT_RUN, seconds));
        }
        break;
      }
      Outcome lost = r.ending() == RunResult.Ending.TIMED_OUT ? Outcome.TIMED_OUT : Outcome.CRASHED;
      String why = r.ending().name().toLowerCase(Locale.ROOT) + (r.stderrHead().isBlank() ? "" : ": " + tail(r.stderrHead()));
      if (r.ending() != RunResult.Ending.REPLACED_AFTER_TIMEOUT) {
        // a test that started after another timed out is innocent: it runs again in the fresh JVM
        r.inFlight().ifPresent(id -> verdicts.put(id, Verdict.lost(id, lost, why)));
      }
      List<Manifest.Entry> next = remaining.stream().filter(e -> !verdicts.containsKey(e.id())).toList();
      if (next.size() == remaining.size()) {
        // no test finished and none was running: the JVM cannot start this submission at all
        for (Manifest.Entry e : next) {
          verdicts.put(e.id(), Verdict.lost(e.id(), lost, why));
        }
        break;
      }
      remaining = new ArrayList<>(next);
    }
    return new Graded(verdicts, rejected, runs);
  }

  /** The end of the child's stderr, for instructors: at most 400 characters, control characters shown as U+FFFD. */
  static String tail(String s) {
    String t = s.strip().replace("WARNING: Using incubator modules: jdk.incubator.vector", "").strip();
    t = t.length() <= 400 ? t : "…" + t.substring(t.length() - 400);
    StringBuilder b = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> b.appendCodePoint(cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7f && (cp < 0x80 || cp >= 0xa0)) ? cp : 0xfffd));
    return b.toString();
  }
}
