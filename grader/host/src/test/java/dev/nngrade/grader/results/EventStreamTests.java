package dev.nngrade.grader.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Value;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventStreamTests {
  private final EventStream stream = new EventStream(Set.of("t1", "t2"));

  @Test
  void aTestsChecksBelongToItBetweenStartAndFinish() {
    stream.accept(new Event.Started("t1"));
    stream.accept(new Event.Judged("t1", 0, "y", Value.scalar(1), 1e-12, 1e-9, "hint.softmax.formula"));
    stream.accept(new Event.CheckFailed("t1", 1, "hint.x", "y: expected 1, got 2"));
    stream.accept(new Event.Finished("t1", Event.Status.FAILED, 3, null));
    stream.accept(new Event.End());
    RunResult r = stream.result(RunResult.Ending.EXITED, "", 10);
    TestReport t1 = r.finished().get("t1");
    assertEquals(Event.Status.FAILED, t1.status());
    assertEquals(2, t1.checks().size());
    assertEquals(RunResult.Ending.NORMAL, r.ending());
    assertEquals(0, r.rejected());
  }

  @Test
  void unrequestedDuplicatedAndOutOfOrderEventsAreRejected() {
    stream.accept(new Event.Finished("t1", Event.Status.PASSED, 1, null)); // never started
    stream.accept(new Event.Started("not-asked-for"));
    stream.accept(new Event.Started("t2"));
    stream.accept(new Event.Judged("t1", 0, "y", Value.scalar(1), 1e-12, 1e-9, "hint.softmax.formula")); // a check of another test
    stream.accept(new Event.Finished("t2", Event.Status.FAILED, 1, null));
    stream.accept(new Event.Started("t2"));
    stream.accept(new Event.Finished("t2", Event.Status.PASSED, 1, null)); // a second verdict
    RunResult r = stream.result(RunResult.Ending.EXITED, "", 10);
    assertEquals(Set.of("t2"), r.finished().keySet());
    assertEquals(Event.Status.FAILED, r.finished().get("t2").status());
    assertEquals(List.of(), r.finished().get("t2").checks());
    assertEquals(5, r.rejected());
    assertEquals(RunResult.Ending.EXITED, r.ending(), "no end event: the run did not finish normally");
  }

  @Test
  void nothingCountsAfterTheEnd() {
    stream.accept(new Event.End());
    stream.accept(new Event.Started("t1"));
    stream.accept(new Event.Finished("t1", Event.Status.PASSED, 1, null));
    RunResult r = stream.result(RunResult.Ending.EXITED, "", 10);
    assertTrue(r.finished().isEmpty());
    assertEquals(2, r.rejected());
  }

  @Test
  void aRunThatDiesNamesTheTestInFlight() {
    stream.accept(new Event.Started("t2"));
    RunResult r = stream.result(RunResult.Ending.TIMED_OUT, "", 10);
    assertEquals("t2", r.inFlight().orElseThrow());
    assertTrue(r.finished().isEmpty());
  }
}
