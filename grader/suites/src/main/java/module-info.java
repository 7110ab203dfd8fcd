/**
 * The hidden suites. Run as a named module in the child JVM: student classes on the class path
 * cannot reflect into it; the package is opened to JUnit only. They depend on the contract and the
 * testkit only: comparisons with the reference are judged in the host.
 */
module dev.nngrade.grader.suites {
  requires transitive dev.nngrade.exercises.testkit;

  exports dev.nngrade.grader.suites;
  exports dev.nngrade.grader.suites.visible;

  opens dev.nngrade.grader.suites to org.junit.platform.commons;
  opens dev.nngrade.grader.suites.visible to org.junit.platform.commons;
}
