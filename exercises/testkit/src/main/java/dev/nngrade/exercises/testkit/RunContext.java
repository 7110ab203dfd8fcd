package dev.nngrade.exercises.testkit;

import java.util.OptionalLong;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test that is running, for what the grader passes per test: the seed of its hidden inputs,
 * given as the configuration parameter {@value #SEED_PREFIX}{@code <unique id>} (the host derives
 * each test's seed from the assignment's master seed; the master never reaches the child). Tests
 * run one at a time (the grader turns parallel execution off), and with a per-test timeout the body
 * runs on another thread than the callbacks, so the context is a plain static field.
 */
public final class RunContext implements BeforeEachCallback, AfterEachCallback {
  /** Prefix of the configuration parameter that carries a test's seed. */
  public static final String SEED_PREFIX = "nngrade.seed.";

  private static volatile ExtensionContext current;

  @Override
  public void beforeEach(ExtensionContext context) {
    current = context;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current = null;
  }

  /** The seed the grader gave the running test, if any. */
  static OptionalLong seed() {
    ExtensionContext c = current;
    if (c == null) {
      return OptionalLong.empty();
    }
    return c.getConfigurationParameter(SEED_PREFIX + c.getUniqueId()).map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty());
  }
}
