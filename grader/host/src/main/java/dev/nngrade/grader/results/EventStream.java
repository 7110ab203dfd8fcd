package dev.nngrade.grader.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nngrade.grader.protocol.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the child's stdout line by line. A line counts when its MAC verifies under the run's key,
 * its sequence number is the next one, and it names a test the host asked for; everything else is
 * counted as rejected and otherwise ignored.
 */
public final class EventStream {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final byte[] key;
  private final Set<String> requested;
  private final Map<String, TestEvent> finished = new LinkedHashMap<>();
  private final Map<String, TestEvent> containers = new LinkedHashMap<>();
  private final java.util.List<JsonNode> data = new java.util.ArrayList<>();
  private final Map<String, java.util.List<String>> reports = new LinkedHashMap<>();
  private long nextSeq;
  private String inFlight;
  private boolean ended;
  private int rejected;
  private volatile long lastEventNanos = System.nanoTime();
  private volatile boolean testTimedOut;
  private volatile long endedNanos;

  public EventStream(byte[] key, Set<String> requested) {
    this.key = key.clone();
    this.requested = Set.copyOf(requested);
  }

  /** Takes one line of the child's stdout. */
  public synchronized void accept(String line) {
    String json = Wire.verify(key, line);
    if (json == null) {
      if (line.contains(Wire.MARKER)) {
        rejected++;
      }
      return;
    }
    JsonNode e;
    try {
      e = JSON.readTree(json);
    } catch (java.io.IOException bad) {
      rejected++;
      return;
    }
    if (e.path("seq").asLong(-1) != nextSeq) {
      rejected++;
      return;
    }
    nextSeq++;
    lastEventNanos = System.nanoTime();
    String type = e.path("type").asText();
    String id = e.path("id").asText(null);
    switch (type) {
      case "started" -> {
        if (requested.contains(id)) {
          inFlight = id;
        }
      }
      case "finished" -> {
        if (id != null && requested.contains(id) && !finished.containsKey(id)) {
          TestEvent ev = event(id, outcome(e.path("status").asText()), e, reports.getOrDefault(id, java.util.List.of()));
          finished.put(id, ev);
          testTimedOut |= "java.util.concurrent.TimeoutException".equals(ev.exception());
        } else {
          rejected++;
        }
        if (id != null && id.equals(inFlight)) {
          inFlight = null;
        }
      }
      case "container" -> containers.put(id == null ? "?" : id, event(id, Outcome.NOT_RUN, e, java.util.List.of()));
      case "report" -> {
        if (id != null && requested.contains(id) && !finished.containsKey(id)) {
          reports.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(e.path("value").asText());
        } else {
          rejected++;
        }
      }
      case "end" -> {
        ended = true;
        endedNanos = System.nanoTime();
      }
      case "crash" -> containers.put("runner", event("runner", Outcome.CRASHED, e, java.util.List.of()));
      case "rows", "timing" -> data.add(e);
      default -> rejected++;
    }
  }

  private static Outcome outcome(String status) {
    return switch (status) {
      case "PASSED" -> Outcome.PASSED;
      case "ABORTED" -> Outcome.ABORTED;
      case "SKIPPED" -> Outcome.SKIPPED;
      default -> Outcome.FAILED;
    };
  }

  private static TestEvent event(String id, Outcome outcome, JsonNode e, java.util.List<String> gradientChecks) {
    return new TestEvent(id, outcome, e.path("ms").asLong(0), text(e, "exception"), text(e, "message"), text(e, "student"), text(e, "where"),
        text(e, "hintKey"), text(e, "hint"), gradientChecks);
  }

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Whether a test reported JUnit's own timeout: its thread may still run, so the JVM should be replaced. */
  public boolean testTimedOut() {
    return testTimedOut;
  }

  /** Nanosecond time of the runner's end event, or 0 before it came. */
  public long endedNanos() {
    return endedNanos;
  }

  /** Nanosecond time of the last accepted event (or of construction). */
  public long lastEventNanos() {
    return lastEventNanos;
  }

  public synchronized RunResult result(RunResult.Ending ending, String stderrHead, long millis) {
    RunResult.Ending how = ended && ending == RunResult.Ending.EXITED ? RunResult.Ending.NORMAL : ending;
    return new RunResult(Map.copyOf(finished), Map.copyOf(containers), ended, how, Optional.ofNullable(inFlight), rejected, stderrHead, millis, java.util.List.copyOf(data));
  }

  public synchronized Map<String, TestEvent> finishedSoFar() {
    return new LinkedHashMap<>(finished);
  }
}
