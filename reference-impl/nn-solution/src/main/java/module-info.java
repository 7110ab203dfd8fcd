/**
 * The reference solution of every exercise: the contract's interfaces implemented with nn-core, so
 * that what the exercises grade is the ground truth itself.
 */
module dev.nngrade.solution {
  requires transitive dev.nngrade.contract;
  requires dev.nngrade.nn;

  // qualified: a submission in the grader's child JVM must not be able to call the reference
  exports dev.nngrade.solution to dev.nngrade.exercises.testkit, dev.nngrade.grader.suites, dev.nngrade.grader.mutants;
}
