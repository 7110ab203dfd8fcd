package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.Activation;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Activations over ranges of an array. The piecewise-linear ones run on vectors (a comparison and a
 * blend, the same values as {@link Activation}'s scalar formulas, NaN included: {@code max(NaN, 0)} is
 * NaN just as {@code NaN <= 0 ? 0 : NaN} is); the sigmoid too, with {@link StrictExp} giving
 * StrictMath.exp's bits; the others call the scalar formulas, which have no branch for a predictor to lose.
 */
final class Elementwise {
  private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SP.length();

  private Elementwise() {}

  static void forward(Activation f, double[] x, double[] y, int from, int to) {
    int i = from;
    switch (f) {
      case RELU -> {
        for (; i + L <= to; i += L) {
          DoubleVector.fromArray(SP, x, i).lanewise(VectorOperators.MAX, 0.0).intoArray(y, i);
        }
      }
      case LEAKY_RELU -> {
        for (; i + L <= to; i += L) {
          DoubleVector v = DoubleVector.fromArray(SP, x, i);
          VectorMask<Double> neg = v.compare(VectorOperators.LE, 0.0);
          v.blend(v.mul(Activation.LEAKY_SLOPE), neg).intoArray(y, i);
        }
      }
      case IDENTITY -> {
        System.arraycopy(x, from, y, from, to - from);
        i = to;
      }
      case SIGMOID -> i = sigmoid(x, y, from, to);
      default -> {}
    }
    for (; i < to; i++) {
      y[i] = f.apply(x[i]);
    }
  }

  /**
   * The sigmoid over whole vectors of {@code [from, to)}; returns where the scalar loop takes over.
   * Three loops, each small enough for C2 to compile its vector operations completely: k of each
   * exp(-x) goes into {@code y} first, then the exp and the sigmoid replace it; the rare arguments the
   * vector exp leaves out (|x| < 2^-28, |x| >= 700, NaN) get the scalar formula last.
   */
  private static int sigmoid(double[] x, double[] y, int from, int to) {
    int end = from + (to - from) / L * L;
    if (sigmoidMultiples(x, y, from, end)) {
      for (int i = from; i < end; i++) {
        double a = Math.abs(x[i]);
        if (!(a >= 0x1p-28 && a < 700)) {
          y[i] = Activation.SIGMOID.apply(x[i]);
        }
      }
      sigmoidFinish(x, y, from, end, true);
    } else {
      sigmoidFinish(x, y, from, end, false);
    }
    return end;
  }

  /** k of exp(-x) into y; whether some argument is outside the vector exp's range. */
  private static boolean sigmoidMultiples(double[] x, double[] y, int from, int end) {
    long missed = 0;
    for (int i = from; i < end; i += L) {
      DoubleVector minus = DoubleVector.fromArray(SP, x, i).neg();
      StrictExp.multiple(minus).intoArray(y, i);
      missed |= StrictExp.covered(minus).not().toLong();
    }
    return missed != 0;
  }

  /** y = 1 / (1 + exp(-x)) from the k in y; with {@code keepMissed}, lanes outside the exp's range keep their scalar result. */
  private static void sigmoidFinish(double[] x, double[] y, int from, int end, boolean keepMissed) {
    DoubleVector one = DoubleVector.broadcast(SP, 1.0);
    for (int i = from; i < end; i += L) {
      DoubleVector minus = DoubleVector.fromArray(SP, x, i).neg();
      DoubleVector s = one.div(one.add(StrictExp.exp(minus, DoubleVector.fromArray(SP, y, i))));
      if (keepMissed) {
        s = s.blend(DoubleVector.fromArray(SP, y, i), StrictExp.covered(minus).not());
      }
      s.intoArray(y, i);
    }
  }

  static void backward(Activation f, double[] x, double[] y, double[] dout, double[] dx, int from, int to) {
    int i = from;
    switch (f) {
      case RELU -> {
        DoubleVector zero = DoubleVector.zero(SP);
        for (; i + L <= to; i += L) {
          VectorMask<Double> masked = DoubleVector.fromArray(SP, x, i).compare(VectorOperators.LE, 0.0);
          DoubleVector.fromArray(SP, dout, i).blend(zero, masked).intoArray(dx, i);
        }
      }
      case LEAKY_RELU -> {
        for (; i + L <= to; i += L) {
          VectorMask<Double> neg = DoubleVector.fromArray(SP, x, i).compare(VectorOperators.LE, 0.0);
          DoubleVector g = DoubleVector.fromArray(SP, dout, i);
          g.blend(g.mul(Activation.LEAKY_SLOPE), neg).intoArray(dx, i);
        }
      }
      case IDENTITY -> {
        System.arraycopy(dout, from, dx, from, to - from);
        i = to;
      }
      default -> {}
    }
    for (; i < to; i++) {
      dx[i] = f.backward(dout[i], x[i], y[i]);
    }
  }
}
