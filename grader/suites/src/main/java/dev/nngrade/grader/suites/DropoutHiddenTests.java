package dev.nngrade.grader.suites;

import dev.nngrade.exercises.testkit.contracts.DropoutContract;

/** Hidden: the contract with hidden seeds and more random cases. */
public class DropoutHiddenTests extends DropoutContract {
  @Override
  protected long seed() {
    return HiddenSeeds.of(getClass());
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }
}
