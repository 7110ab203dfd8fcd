package dev.nngrade.grader.runner;

import dev.nngrade.grader.protocol.Codec;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Frames;
import dev.nngrade.grader.protocol.Request;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM's entry point. Order matters: the event channel and the request (with the key) are
 * taken before any test or student class is loaded; student output is sent to stderr; the Jupiter
 * engine comes from the boot module layer, so a {@code META-INF/services} file in a submission
 * cannot add an engine; the JVM halts after the last event, so stray threads and shutdown hooks
 * cannot add anything.
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws IOException {
    FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    Request request = Codec.decodeRequest(Frames.readRequest(System.in));
    EventChannel channel = new EventChannel(bytes -> {
      out.write(bytes);
      out.flush();
    }, request.settings().key());
    try {
      switch (request) {
        case Request.RunTests r -> TestRun.run(r, channel);
        case Request.Predict p -> Predictions.run(p, channel);
      }
      channel.send(new Event.End());
    } catch (Throwable t) { // the host reads what is missing as a crash; this says why when it can
      channel.send(new Event.Crash(Throwables.describe(t, request.settings().implementations())));
    } finally {
      Runtime.getRuntime().halt(0);
    }
  }
}
