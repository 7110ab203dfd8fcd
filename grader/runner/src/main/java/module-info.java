/**
 * The child side of a run: reads the run request from stdin before any student class loads, runs
 * the requested hidden tests through the JUnit Platform Launcher (auto-registration off, implicit
 * configuration off, the Jupiter engine taken from the boot layer), and sends one authenticated event
 * per test and per check; or, for a leaderboard, asks the submission's model for predictions on the
 * inputs the host staged (never the answers) and streams them back the same way. The protocol
 * package is what the host reads.
 */
module dev.nngrade.grader.runner {
  requires org.junit.platform.launcher;
  requires transitive dev.nngrade.contract;
  // only test runs load the testkit (its check sink); a leaderboard run's module path lacks it
  requires static dev.nngrade.exercises.testkit;
  // Confinement makes the thread that delivers GC notifications restrict itself (see there)
  requires java.management;

  exports dev.nngrade.grader.protocol;

  uses org.junit.platform.engine.TestEngine;
}
