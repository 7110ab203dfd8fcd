/**
 * The child side of a run: reads the run request from stdin before any student class loads, runs
 * the requested hidden tests through the JUnit Platform Launcher (auto-registration off, implicit
 * configuration off, the Jupiter engine taken from the boot layer), and writes one authenticated
 * event per test. The protocol package is what the host reads.
 */
module dev.nngrade.grader.runner {
  requires org.junit.platform.launcher;

  exports dev.nngrade.grader.protocol;

  uses org.junit.platform.engine.TestEngine;
}
