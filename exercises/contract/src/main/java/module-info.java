/**
 * The exercise contract: one interface per exercise of the lectures, implemented by the reference
 * solution, by the skeleton students receive, and by every submission. It depends on nothing, so a
 * student compiles against this jar alone.
 */
module dev.nngrade.contract {
  exports dev.nngrade.contract;
  exports dev.nngrade.contract.function;
  exports dev.nngrade.contract.layer;
  exports dev.nngrade.contract.leaderboard;
  exports dev.nngrade.contract.net;
  exports dev.nngrade.contract.train;
}
