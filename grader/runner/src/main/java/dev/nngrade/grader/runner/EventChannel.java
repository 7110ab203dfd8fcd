package dev.nngrade.grader.runner;

import static dev.nngrade.grader.protocol.Json.quote;

import dev.nngrade.grader.protocol.Wire;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes authenticated events to the stream taken before student code ran. Each line goes out in
 * one write and is flushed at once, so what is known survives a crash a moment later.
 */
final class EventChannel {
  private final OutputStream out;
  private final byte[] key;
  private long seq;

  EventChannel(OutputStream out, byte[] key) {
    this.out = out;
    this.key = key.clone();
  }

  synchronized void started(String id) {
    emit("\"type\":\"started\",\"id\":" + quote(id));
  }

  synchronized void finished(String id, String status, long millis, Failure failure) {
    emit("\"type\":\"finished\",\"id\":" + quote(id) + ",\"status\":" + quote(status) + ",\"ms\":" + millis + failure.json());
  }

  synchronized void container(String id, String status, Failure failure) {
    emit("\"type\":\"container\",\"id\":" + quote(id) + ",\"status\":" + quote(status) + failure.json());
  }

  /** A gradient-check row of a test (tab-separated, see the testkit's {@code GradientReport}). */
  synchronized void report(String id, String value) {
    emit("\"type\":\"report\",\"id\":" + quote(id) + ",\"value\":" + quote(value));
  }

  /** Predictions of rows {@code from .. from + rows − 1} (leaderboard runs). */
  synchronized void rows(int from, int rows, int cols, String base64) {
    emit("\"type\":\"rows\",\"from\":" + from + ",\"rows\":" + rows + ",\"cols\":" + cols + ",\"data\":\"" + base64 + "\"");
  }

  /** How long the model took to build and to predict {@code inputs} rows, measured by the runner. */
  synchronized void timing(long constructNanos, long predictNanos, int inputs) {
    emit("\"type\":\"timing\",\"constructNanos\":" + constructNanos + ",\"predictNanos\":" + predictNanos + ",\"inputs\":" + inputs);
  }

  synchronized void end() {
    emit("\"type\":\"end\"");
  }

  synchronized void crash(Throwable t) {
    emit("\"type\":\"crash\"" + Failure.of(t, "").json());
  }

  private void emit(String fields) {
    String json = "{\"seq\":" + (seq++) + "," + fields + "}";
    try {
      out.write(Wire.frame(key, json).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      // the host has gone or closed the pipe: nothing left to report to
      Runtime.getRuntime().halt(3);
    }
  }
}
