package dev.nngrade.grader.suites;

import dev.nngrade.exercises.testkit.contracts.SoftmaxClassifierContract;

/** Hidden: the contract with hidden seeds and more random cases. */
public class SoftmaxClassifierHiddenTests extends SoftmaxClassifierContract {
  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }
}
