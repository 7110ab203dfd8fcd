package dev.nngrade.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.nngrade.grader.protocol.Wire;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM's entry point. Order matters: the event stream and the request (with the key) are
 * taken before any test or student class is loaded; student output is sent to stderr; the Jupiter
 * engine comes from the boot module layer, so a {@code META-INF/services} file in a submission
 * cannot add an engine; the JVM halts after the last event, so stray threads and shutdown hooks
 * cannot add anything.
 */
public final class ChildMain {
  private ChildMain() {}

  /** What the host asked for. */
  record Request(byte[] key, String implementations, int timeoutSeconds, String language, String course, List<String> tests, String predict, String inputs) {}

  public static void main(String[] args) throws IOException {
    FileOutputStream events = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    Request request = read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    EventChannel channel = new EventChannel(events, request.key());
    try {
      if (request.predict() != null) {
        Predictions.run(request, channel);
      } else {
        run(request, channel);
      }
      channel.end();
    } catch (Throwable t) { // the host reads what is missing as a crash; this says why when it can
      channel.crash(t);
    } finally {
      Runtime.getRuntime().halt(0);
    }
  }

  static Request read(BufferedReader in) throws IOException {
    byte[] key = null;
    String implementations = "dev.nngrade.student", language = "ja", course = "";
    String predict = null, inputs = null;
    int timeout = 10;
    List<String> tests = new ArrayList<>();
    for (String line = in.readLine(); line != null && !line.equals(Wire.END); line = in.readLine()) {
      if (line.startsWith(Wire.KEY)) {
        key = HexFormat.of().parseHex(line.substring(Wire.KEY.length()).trim());
      } else if (line.startsWith(Wire.IMPLEMENTATIONS)) {
        implementations = line.substring(Wire.IMPLEMENTATIONS.length()).trim();
      } else if (line.startsWith(Wire.TIMEOUT_SECONDS)) {
        timeout = Integer.parseInt(line.substring(Wire.TIMEOUT_SECONDS.length()).trim());
      } else if (line.startsWith(Wire.LANGUAGE)) {
        language = line.substring(Wire.LANGUAGE.length()).trim();
      } else if (line.startsWith(Wire.COURSE)) {
        course = line.substring(Wire.COURSE.length()).trim();
      } else if (line.startsWith(Wire.PREDICT)) {
        predict = line.substring(Wire.PREDICT.length()).trim();
      } else if (line.startsWith(Wire.INPUTS)) {
        inputs = line.substring(Wire.INPUTS.length()).trim();
      } else if (line.startsWith(Wire.RUN)) {
        tests.add(line.substring(Wire.RUN.length()).trim());
      } else {
        throw new IOException("unexpected request line: " + line);
      }
    }
    if (key == null || key.length < 16) {
      throw new IOException("the request carried no key");
    }
    if (predict != null && (inputs == null || !(predict.equals(Wire.CLASSIFIER) || predict.equals(Wire.REGRESSOR)))) {
      throw new IOException("a prediction request needs a model kind (" + Wire.CLASSIFIER + " or " + Wire.REGRESSOR + ") and inputs");
    }
    return new Request(key, implementations, timeout, language, course, tests, predict, inputs);
  }

  static void run(Request request, EventChannel channel) {
    // the testkit reads both as system properties as well (student-facing language, implementation package)
    System.setProperty("nngrade.lang", request.language());
    System.setProperty("nngrade.implementations", request.implementations());
    System.setProperty("nngrade.course.inline", request.course());
    LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
        .selectors(request.tests().stream().map(id -> selectUniqueId(id)).toList())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
        .configurationParameter("junit.jupiter.execution.timeout.default", request.timeoutSeconds() + " s")
        .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
        .configurationParameter("nngrade.implementations", request.implementations())
        .build();
    LauncherConfig config = LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .addTestEngines(jupiter())
        .addTestExecutionListeners(new OutcomeListener(channel, request.implementations()))
        .build();
    LauncherFactory.create(config).execute(discovery);
  }

  /** The Jupiter engine of the boot layer: never one from the class path, where the submission lives. */
  static TestEngine jupiter() {
    for (TestEngine engine : ServiceLoader.load(ModuleLayer.boot(), TestEngine.class)) {
      if ("org.junit.jupiter.engine".equals(engine.getClass().getModule().getName())) {
        return engine;
      }
    }
    throw new IllegalStateException("the Jupiter engine is not in the boot layer: start the child with the JUnit jars on --module-path");
  }
}
