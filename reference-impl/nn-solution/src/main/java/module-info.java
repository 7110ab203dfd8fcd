/**
 * The reference solution of every exercise: the contract's interfaces implemented with nn-core, so
 * that what the exercises grade is the ground truth itself.
 */
module dev.nngrade.solution {
  requires transitive dev.nngrade.contract;
  requires dev.nngrade.nn;

  exports dev.nngrade.solution;
}
