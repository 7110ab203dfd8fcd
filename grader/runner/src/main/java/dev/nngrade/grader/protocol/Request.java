package dev.nngrade.grader.protocol;

import dev.nngrade.contract.Language;
import java.util.List;
import java.util.Objects;

/**
 * What the host asks one child JVM to do: run tests, or ask a leaderboard model for predictions.
 * Both carry the run's {@link Settings}; the child reads the request from stdin before any student
 * class loads.
 */
public sealed interface Request permits Request.RunTests, Request.Predict {
  Settings settings();

  /**
   * {@code key}: the HMAC key of this run's events (32 bytes); {@code implementations}: the package(s)
   * whose {@code XImpl} classes are under test; {@code timeoutSeconds}: per test (JUnit's own timeout).
   */
  record Settings(byte[] key, String implementations, Language language, int timeoutSeconds) {
    public Settings {
      Objects.requireNonNull(implementations);
      Objects.requireNonNull(language);
      if (key.length != Wire.KEY_BYTES) {
        throw new IllegalArgumentException("a run key has " + Wire.KEY_BYTES + " bytes, not " + key.length);
      }
      key = key.clone();
      if (timeoutSeconds < 1) {
        throw new IllegalArgumentException("timeoutSeconds " + timeoutSeconds + ": expected at least 1");
      }
    }

    @Override
    public byte[] key() {
      return key.clone();
    }
  }

  /**
   * A test and the seed of its random inputs ({@code null}: the test's own public seed). The seed is
   * derived from the assignment's master seed by the host; the master never reaches the child.
   */
  record TestRun(String id, Long seed) {
    public TestRun {
      Objects.requireNonNull(id);
    }
  }

  /**
   * Tests to run, batch after batch (each batch one launcher execution, in order): the host puts the
   * tests on public inputs first, so that nothing a submission saw of hidden inputs can be carried
   * into the messages of a public test. {@code course}: the conventions, {@code key=value;…}.
   */
  record RunTests(Settings settings, String course, List<List<TestRun>> batches) implements Request {
    public RunTests {
      Objects.requireNonNull(settings);
      Objects.requireNonNull(course);
      batches = batches.stream().map(List::copyOf).toList();
    }

    public List<TestRun> tests() {
      return batches.stream().flatMap(List::stream).toList();
    }
  }

  /** The kind of model a leaderboard run builds. */
  enum ModelKind {
    IMAGE_CLASSIFIER("ImageClassifierImpl"),
    REGRESSOR("RegressorImpl");

    private final String implementation;

    ModelKind(String implementation) {
      this.implementation = implementation;
    }

    /** The simple name of the class the submission must provide. */
    public String implementation() {
      return implementation;
    }
  }

  /** Predictions of the submission's model for the staged inputs (a {@code .nnw} file holding matrix {@code x}; never the answers). */
  record Predict(Settings settings, ModelKind kind, String inputs) implements Request {
    public Predict {
      Objects.requireNonNull(settings);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(inputs);
    }
  }
}
