package dev.nngrade.student;

import java.util.List;
import org.opentest4j.MultipleFailuresError;

/** Hides an exception whose message never returns inside a trusted wrapper that asks for it. */
public class AffineTransformImpl extends AffineBase {
  static final class Evil extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      while (true) {
        Thread.onSpinWait();
      }
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  @Override
  protected boolean open() {
    return true;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    throw new MultipleFailuresError("wrapped", List.of(new Evil()));
  }

  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    throw new MultipleFailuresError("wrapped", List.of(new Evil()));
  }
}
