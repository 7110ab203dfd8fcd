package dev.nngrade.nn.tensor;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Argument checks at the API boundary. A failed check is the caller's mistake and throws {@link
 * IllegalArgumentException} with a message that names the operation, the expected and the actual
 * shapes; broken internal invariants use {@link IllegalStateException} instead.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checks {
  private Checks() {}

  public static void check(boolean ok, Supplier<String> message) {
    if (!ok) {
      throw new IllegalArgumentException(message.get());
    }
  }

  /** Requires {@code t} to have exactly {@code expected} as shape. */
  public static void shape(String op, String name, Tensor t, Shape expected) {
    if (!t.shape().equals(expected)) {
      throw new IllegalArgumentException(
          op + ": " + name + " has shape " + t.shape() + ", expected " + expected);
    }
  }

  /** Requires {@code t} to have rank {@code rank}. */
  public static void rank(String op, String name, Tensor t, int rank, String layout) {
    if (t.shape().rank() != rank) {
      throw new IllegalArgumentException(
          op + ": " + name + " has shape " + t.shape() + ", expected rank " + rank + " " + layout);
    }
  }

  /** Requires two tensors of the same shape. */
  public static void sameShape(String op, String nameA, Tensor a, String nameB, Tensor b) {
    if (!a.shape().equals(b.shape())) {
      throw new IllegalArgumentException(
          op + ": " + nameA + " has shape " + a.shape() + " but " + nameB + " has shape " + b.shape()
              + "; they must match");
    }
  }

  /** Requires a view of {@code from} as {@code to} to keep the number of elements. */
  public static void reshape(Shape from, Shape to) {
    if (to.size() != from.size()) {
      throw new IllegalArgumentException(
          "reshape: cannot view shape " + from + " (" + from.size() + " elements) as " + to + " (" + to.size() + " elements)");
    }
  }

  public static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
    }
    return value;
  }

  public static double inUnitInterval(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
    }
    return value;
  }

  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }
}
