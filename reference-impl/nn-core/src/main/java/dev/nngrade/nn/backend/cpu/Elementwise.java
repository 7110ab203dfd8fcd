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
      case SIGMOID -> {
        StrictExp.sigmoid(x, y, from, to);
        i = to;
      }
      default -> {}
    }
    for (; i < to; i++) {
      y[i] = f.apply(x[i]);
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
      case SIGMOID -> {
        // dout * (1 - y) * y, left to right as the scalar formula
        DoubleVector one = DoubleVector.broadcast(SP, 1.0);
        for (; i + L <= to; i += L) {
          DoubleVector yv = DoubleVector.fromArray(SP, y, i);
          DoubleVector.fromArray(SP, dout, i).mul(one.sub(yv)).mul(yv).intoArray(dx, i);
        }
      }
      case TANH -> {
        // dout * (1 - y * y)
        DoubleVector one = DoubleVector.broadcast(SP, 1.0);
        for (; i + L <= to; i += L) {
          DoubleVector yv = DoubleVector.fromArray(SP, y, i);
          DoubleVector.fromArray(SP, dout, i).mul(one.sub(yv.mul(yv))).intoArray(dx, i);
        }
      }
      default -> {}
    }
    for (; i < to; i++) {
      dx[i] = f.backward(dout[i], x[i], y[i]);
    }
  }
}
