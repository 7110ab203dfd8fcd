package dev.nngrade.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.nngrade.contract.Language;
import dev.nngrade.exercises.testkit.Checks;
import dev.nngrade.exercises.testkit.RunContext;
import dev.nngrade.grader.protocol.Request;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the requested tests, batch after batch, with the testkit's checks reported to the host. */
final class TestRun {
  private TestRun() {}

  static void run(Request.RunTests request, EventChannel channel) {
    Request.Settings s = request.settings();
    // the testkit reads these as system properties (student-facing language, implementation package, conventions)
    System.setProperty(Language.PROPERTY, s.language().name().toLowerCase(Locale.ROOT));
    System.setProperty("nngrade.implementations", s.implementations());
    System.setProperty("nngrade.course.inline", request.course());
    RunnerChecks checks = new RunnerChecks(channel);
    Checks.install(checks, Checks.Trust.NAMED_MODULES);
    LauncherConfig config = LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .addTestEngines(jupiter())
        .addTestExecutionListeners(new OutcomeListener(channel, s.implementations(), checks))
        .build();
    Launcher launcher = LauncherFactory.create(config);
    for (List<Request.TestRun> batch : request.batches()) {
      if (batch.isEmpty()) {
        continue;
      }
      LauncherDiscoveryRequestBuilder discovery = LauncherDiscoveryRequestBuilder.request()
          .selectors(batch.stream().map(t -> selectUniqueId(t.id())).toList())
          .enableImplicitConfigurationParameters(false)
          .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
          .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
          .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
          .configurationParameter("junit.jupiter.execution.timeout.default", s.timeoutSeconds() + " s")
          // on the test's own thread: in a separate one, JUnit waits on a Future, and the JDK's
          // ExecutionException asks the submission's exception for its toString (which may never
          // return); a loop that ignores the interrupt is ended by the host's clock instead
          .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SAME_THREAD")
          // pruning walks causes and suppressed exceptions through methods a submission can override
          .configurationParameter("junit.platform.stacktrace.pruning.enabled", "false")
          .configurationParameter("nngrade.implementations", s.implementations());
      for (Request.TestRun t : batch) {
        if (t.seed() != null) {
          discovery.configurationParameter(RunContext.SEED_PREFIX + t.id(), Long.toString(t.seed()));
        }
      }
      launcher.execute(discovery.build());
    }
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
