/**
 * The hidden suites. Run as a named module in the child JVM: student classes on the class path
 * cannot reflect into it; the package is opened to JUnit only.
 */
module dev.nngrade.grader.suites {
  requires transitive dev.nngrade.exercises.testkit;
  requires dev.nngrade.solution;
  requires org.mockito;

  exports dev.nngrade.grader.suites;
  exports dev.nngrade.grader.suites.visible;

  opens dev.nngrade.grader.suites to org.junit.platform.commons;
  opens dev.nngrade.grader.suites.visible to org.junit.platform.commons;
}
