package dev.nngrade.grader.runner;

import dev.nngrade.exercises.testkit.Checks;
import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Value;
import dev.nngrade.grader.protocol.Wire;

/**
 * The testkit's check sink in the child: every check the suites make in a test becomes an event of
 * that test, numbered in order (the host's reference run numbers the same checks the same way). A
 * judged check carries the suite's tolerance and hint, which the host takes from the reference's run
 * only (never from a submission's).
 */
final class RunnerChecks implements Checks.Sink {
  private final EventChannel channel;
  private volatile String test;
  private int ordinal;

  RunnerChecks(EventChannel channel) {
    this.channel = channel;
  }

  synchronized void begin(String testId) {
    test = testId;
    ordinal = 0;
  }

  synchronized void end() {
    test = null;
  }

  @Override
  public synchronized void failed(String hintKey, String message) {
    if (test != null) {
      channel.send(new Event.CheckFailed(test, ordinal++, cap(hintKey, 100), cap(message, Wire.MAX_MESSAGE)));
    }
  }

  @Override
  public synchronized void judged(String what, Observed value, Tolerance tolerance, String hintKey) {
    if (test != null) {
      Value v = switch (value.kind()) {
        case ARRAY -> Value.of(value.shape(), value.data());
        case NULL -> Value.NULL;
        case RAGGED -> Value.RAGGED;
      };
      if ((long) v.size() * 8 > Wire.MAX_FRAME_BYTES - 4096) {
        v = Value.RAGGED; // more values than any check expects: the host's comparison fails it as the wrong shape
      }
      channel.send(new Event.Judged(test, ordinal++, cap(what, 300), v, tolerance.abs(), tolerance.rel(), cap(hintKey, 100)));
    }
  }

  @Override
  public synchronized void gradient(String parameter, double maxRelativeError, String worstIndex, Tolerance tolerance, boolean passed) {
    if (test != null) {
      channel.send(new Event.GradientRow(test, ordinal++, cap(parameter, 300), maxRelativeError, cap(worstIndex, 100), tolerance.abs(), tolerance.rel(), passed));
    }
  }

  private static String cap(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
