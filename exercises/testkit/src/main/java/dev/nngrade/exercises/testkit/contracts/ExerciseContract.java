package dev.nngrade.exercises.testkit.contracts;

import dev.nngrade.exercises.testkit.ImplementationResolver;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.RunContext;
import dev.nngrade.exercises.testkit.Seeds;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every contract: test methods receive the implementations under test, and random
 * inputs come from {@link #seed()}, which hidden suites override with the seed the grader gives
 * each test (derived from a master seed students never see).
 */
@ExtendWith({ImplementationResolver.class, RunContext.class})
public abstract class ExerciseContract {
  /** The seed of this class's random inputs. */
  protected long seed() {
    return 20261123L;
  }

  /** The seed the grader gave the running test, else {@code fallback} (a suite run outside the grader). */
  protected final long runSeed(long fallback) {
    return Seeds.ofRunningTest().orElse(fallback);
  }

  /** How many random cases each property is checked on. */
  protected int trials() {
    return 3;
  }

  /** A fresh generator for one test, derived from {@link #seed()} and a label so that tests do not share draws. */
  protected final RandomGenerator random(String label) {
    return Numeric.random(seed() * 31 + label.hashCode());
  }
}
