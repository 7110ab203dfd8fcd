package dev.nngrade.grader.suites;

import dev.nngrade.exercises.testkit.contracts.PerceptronContract;

/** Hidden: the contract with hidden seeds and more random cases. */
public class PerceptronHiddenTests extends PerceptronContract {
  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }
}
