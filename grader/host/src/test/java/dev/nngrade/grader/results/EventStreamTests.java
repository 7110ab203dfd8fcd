package dev.nngrade.grader.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.protocol.Wire;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventStreamTests {
  private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final EventStream stream = new EventStream(key, Set.of("t1", "t2"));

  private String line(String json) {
    return Wire.frame(key, json).strip();
  }

  @Test
  void authenticatedEventsInSequenceCount() {
    stream.accept(line("{\"seq\":0,\"type\":\"started\",\"id\":\"t1\"}"));
    stream.accept("student output " + line("{\"seq\":1,\"type\":\"finished\",\"id\":\"t1\",\"status\":\"PASSED\",\"ms\":3}"));
    stream.accept(line("{\"seq\":2,\"type\":\"end\"}"));
    RunResult r = stream.result(RunResult.Ending.EXITED, "", 10);
    assertEquals(Outcome.PASSED, r.finished().get("t1").outcome());
    assertEquals(RunResult.Ending.NORMAL, r.ending());
    assertEquals(0, r.rejectedLines());
  }

  @Test
  void forgedReplayedAndUnrequestedEventsAreRejected() {
    stream.accept(Wire.MARKER + "{\"seq\":0,\"type\":\"finished\",\"id\":\"t1\",\"status\":\"PASSED\"}\t" + "00".repeat(32));
    String valid = line("{\"seq\":0,\"type\":\"finished\",\"id\":\"t2\",\"status\":\"FAILED\"}");
    stream.accept(valid);
    stream.accept(valid); // replayed: the sequence number is now 1
    stream.accept(line("{\"seq\":1,\"type\":\"finished\",\"id\":\"not-asked-for\",\"status\":\"PASSED\"}"));
    stream.accept(line("{\"seq\":2,\"type\":\"finished\",\"id\":\"t2\",\"status\":\"PASSED\"}")); // a second verdict
    RunResult r = stream.result(RunResult.Ending.EXITED, "", 10);
    assertEquals(1, r.finished().size());
    assertEquals(Outcome.FAILED, r.finished().get("t2").outcome());
    assertEquals(4, r.rejectedLines());
    assertEquals(RunResult.Ending.EXITED, r.ending(), "no end event: the run did not finish normally");
  }

  @Test
  void aRunThatDiesNamesTheTestInFlight() {
    stream.accept(line("{\"seq\":0,\"type\":\"started\",\"id\":\"t2\"}"));
    RunResult r = stream.result(RunResult.Ending.TIMED_OUT, "", 10);
    assertEquals("t2", r.inFlight().orElseThrow());
    assertTrue(r.finished().isEmpty());
  }
}
