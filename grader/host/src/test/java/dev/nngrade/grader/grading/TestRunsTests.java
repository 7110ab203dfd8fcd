package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.Verdict;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestReport;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rerun loop against a stand-in child (a script of run results) and a clock the script moves:
 * which tests each run is asked for, what a crash, a timeout and a replaced JVM do to the tests, and
 * how one budget is shared by every run of a submission.
 */
class TestRunsTests {
  static final List<Manifest.Entry> TESTS = List.of(entry("a"), entry("b"), entry("c"), entry("d"));
  static final Event.Thrown TIMEOUT = new Event.Thrown(Event.Origin.JDK, "java.util.concurrent.TimeoutException", null);

  static Manifest.Entry entry(String id) {
    return new Manifest.Entry(id, Exercise.SOFTMAX, "SoftmaxHiddenTests", id, id);
  }

  /** What one scripted run does: how long it takes, which tests finish how, which one is in flight at its end, how it ends. */
  record Step(long seconds, Map<String, Event.Status> finished, Map<String, Event.Thrown> thrown, String inFlight, RunResult.Ending ending) {
    static Step of(long seconds, RunResult.Ending ending, String inFlight, Map<String, Event.Status> finished) {
      return new Step(seconds, finished, Map.of(), inFlight, ending);
    }

    Step thrown(String id, Event.Thrown t) {
      Map<String, Event.Thrown> m = new LinkedHashMap<>(thrown);
      m.put(id, t);
      return new Step(seconds, finished, m, inFlight, ending);
    }
  }

  /** The stand-in child: plays the steps in order, records each run's request and clock, and moves the time. */
  static final class Script {
    final Deque<Step> steps;
    final List<List<String>> asked = new ArrayList<>();
    final List<Duration> clocks = new ArrayList<>();
    long now;

    Script(Step... steps) {
      this.steps = new ArrayDeque<>(List.of(steps));
    }

    RunResult run(ChildJvm.Launch launch, Request request) {
      Step s = steps.removeFirst();
      asked.add(((Request.RunTests) request).tests().stream().map(Request.TestRun::id).toList());
      clocks.add(launch.limits().perRun());
      now += Duration.ofSeconds(s.seconds()).toNanos();
      Map<String, TestReport> finished = new LinkedHashMap<>();
      s.finished().forEach((id, st) -> finished.put(id, new TestReport(id, st, 10, s.thrown().get(id), List.of())));
      return new RunResult(finished, List.of(), s.ending() == RunResult.Ending.NORMAL, s.ending(), Optional.ofNullable(s.inFlight()), 0, "", s.seconds() * 1000,
          List.of(), Optional.empty(), Optional.empty());
    }

    TestRuns.Graded grade(int budgetSeconds) throws Exception {
      TestRuns loop = new TestRuns(this::run, () -> now, Duration.ofSeconds(budgetSeconds), Expectations.NONE,
          tests -> new Request.RunTests(new Request.Settings(new byte[32], "dev.nngrade.student", Language.EN, 5), "",
              List.of(tests.stream().map(t -> new Request.TestRun(t.id(), 1L)).toList())));
      return loop.run(TESTS, ChildJvm.Launch.tests(Path.of("submission.jar"), new Limits(Duration.ofSeconds(5), Duration.ofSeconds(budgetSeconds), 256, 256), 0,
          ChildJvm.Modules.TESTS));
    }
  }

  static Map<String, Outcome> outcomes(TestRuns.Graded g) {
    Map<String, Outcome> m = new LinkedHashMap<>();
    for (Manifest.Entry e : TESTS) {
      m.put(e.id(), g.verdicts().get(e.id()).outcome());
    }
    return m;
  }

  @Test
  void aCrashLosesTheTestInFlightAndTheRestRunInAFreshJvm() throws Exception {
    Script child = new Script(Step.of(2, RunResult.Ending.EXITED, "b", Map.of("a", Event.Status.PASSED)),
        Step.of(2, RunResult.Ending.NORMAL, null, Map.of("c", Event.Status.PASSED, "d", Event.Status.FAILED)));
    TestRuns.Graded g = child.grade(300);
    assertAll(
        () -> assertEquals(Map.of("a", Outcome.PASSED, "b", Outcome.CRASHED, "c", Outcome.PASSED, "d", Outcome.FAILED), outcomes(g)),
        () -> assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("c", "d")), child.asked),
        () -> assertEquals(List.of(RunResult.Ending.EXITED, RunResult.Ending.NORMAL), g.runs().stream().map(TestRuns.Run::ending).toList()));
  }

  @Test
  void aRunTheHostStoppedTimesOutTheTestInFlightOnly() throws Exception {
    Script child = new Script(Step.of(12, RunResult.Ending.TIMED_OUT, "a", Map.of()),
        Step.of(2, RunResult.Ending.NORMAL, null, Map.of("b", Event.Status.PASSED, "c", Event.Status.PASSED, "d", Event.Status.PASSED)));
    TestRuns.Graded g = child.grade(300);
    assertEquals(Map.of("a", Outcome.TIMED_OUT, "b", Outcome.PASSED, "c", Outcome.PASSED, "d", Outcome.PASSED), outcomes(g));
    assertInstanceOf(Verdict.Reason.Lost.class, g.verdicts().get("a").reason(), "the test's own time, not the budget");
    assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("b", "c", "d")), child.asked);
  }

  @Test
  void aTestStartedAfterAnotherTimedOutInsideTheJvmRunsAgainInTheNextOne() throws Exception {
    Script child = new Script(Step.of(6, RunResult.Ending.REPLACED_AFTER_TIMEOUT, "b", Map.of("a", Event.Status.FAILED)).thrown("a", TIMEOUT),
        Step.of(2, RunResult.Ending.NORMAL, null, Map.of("b", Event.Status.PASSED, "c", Event.Status.PASSED, "d", Event.Status.PASSED)));
    TestRuns.Graded g = child.grade(300);
    assertEquals(Map.of("a", Outcome.TIMED_OUT, "b", Outcome.PASSED, "c", Outcome.PASSED, "d", Outcome.PASSED), outcomes(g));
    assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("b", "c", "d")), child.asked);
  }

  @Test
  void everyRunGetsWhatIsLeftOfTheOneBudgetAndTheTestsLeftWhenItRunsOutAreNotRun() throws Exception {
    // each test spins past its 5 s; the third run is stopped by the host when the 10 s of the budget are over
    Script child = new Script(Step.of(4, RunResult.Ending.REPLACED_AFTER_TIMEOUT, "b", Map.of("a", Event.Status.FAILED)).thrown("a", TIMEOUT),
        Step.of(4, RunResult.Ending.REPLACED_AFTER_TIMEOUT, "c", Map.of("b", Event.Status.FAILED)).thrown("b", TIMEOUT),
        Step.of(2, RunResult.Ending.TIMED_OUT, "c", Map.of()));
    TestRuns.Graded g = child.grade(10);
    assertAll(
        () -> assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofSeconds(2)), child.clocks),
        () -> assertEquals(Map.of("a", Outcome.TIMED_OUT, "b", Outcome.TIMED_OUT, "c", Outcome.TIMED_OUT, "d", Outcome.NOT_RUN), outcomes(g)),
        () -> assertEquals(new Verdict.Reason.OutOfTime(10), g.verdicts().get("c").reason(), "stopped by the budget, not by its own time"),
        () -> assertEquals(new Verdict.Reason.OutOfTime(10), g.verdicts().get("d").reason()),
        () -> assertEquals(3, g.runs().size()));
  }

  @Test
  void noRunStartsOnceTheBudgetIsSpent() throws Exception {
    Script child = new Script(Step.of(5, RunResult.Ending.EXITED, "b", Map.of("a", Event.Status.PASSED)));
    TestRuns.Graded g = child.grade(5);
    assertEquals(Map.of("a", Outcome.PASSED, "b", Outcome.CRASHED, "c", Outcome.NOT_RUN, "d", Outcome.NOT_RUN), outcomes(g));
    assertEquals(new Verdict.Reason.OutOfTime(5), g.verdicts().get("c").reason());
    assertEquals(1, child.asked.size(), "no second JVM: the budget was spent");
  }

  @Test
  void aJvmThatCannotStartLosesEveryTestInOneRun() throws Exception {
    Script child = new Script(Step.of(1, RunResult.Ending.EXITED, null, Map.of()));
    TestRuns.Graded g = child.grade(300);
    assertEquals(Map.of("a", Outcome.CRASHED, "b", Outcome.CRASHED, "c", Outcome.CRASHED, "d", Outcome.CRASHED), outcomes(g));
    assertEquals(1, g.runs().size());
  }
}
