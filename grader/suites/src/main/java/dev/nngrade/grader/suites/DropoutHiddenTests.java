package dev.nngrade.grader.suites;

import dev.nngrade.contract.layer.DropoutLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.contracts.DropoutContract;
import org.junit.jupiter.api.BeforeAll;

/** Hidden: the contract with hidden seeds and more random cases. */
public class DropoutHiddenTests extends DropoutContract {
  /**
   * Loads and initialises the implementation once, before any test: a class that cannot even be
   * initialised fails the whole suite at once (every test of it then scores 0 as not run), which
   * is also what a submission that sabotages a suite's set-up gets.
   */
  @BeforeAll
  static void theImplementationClassInitialises() throws ClassNotFoundException {
    Class<?> type;
    try {
      type = new Implementations(System.getProperty(Implementations.PACKAGE_PARAMETER, dev.nngrade.contract.Exercise.STUDENT_PACKAGE)).load(DropoutLayer.class);
    } catch (AssertionError missing) {
      return; // a missing class is reported by every test, with what to create
    }
    Class.forName(type.getName(), true, type.getClassLoader());
  }

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }
}
