/**
 * Contract tests for every exercise, shared by the student kit's public tests and the grader's
 * hidden suites; the implementation under test is chosen by a JUnit configuration parameter.
 */
module dev.nngrade.exercises.testkit {
  requires transitive dev.nngrade.contract;
  requires transitive org.junit.jupiter.api;

  exports dev.nngrade.exercises.testkit;
  exports dev.nngrade.exercises.testkit.contracts;

  opens dev.nngrade.exercises.testkit to org.junit.platform.commons;
  opens dev.nngrade.exercises.testkit.contracts to org.junit.platform.commons;
}
