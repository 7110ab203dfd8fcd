package dev.nngrade.nn.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/** The vector exp and the sigmoid built on it against StrictMath, bit for bit. */
class StrictExpTests {
  static final int L = StrictExp.SP.length();

  /** Arguments where fdlibm changes course, each with its neighbours one and two ulps away, both signs. */
  static List<Double> edges() {
    double ln2 = 0x1.62e42fefa39efp-1;
    double[] centres = {0.0, Double.MIN_VALUE, 0x1p-28, 0.5 * ln2, 1.5 * ln2, ln2, 2 * ln2, 700, 699.999, 1, 0.5, 2, 0x1.62e42feep-1, 707, 708};
    List<Double> out = new ArrayList<>();
    for (double c : centres) {
      for (double sign : new double[] {1, -1}) {
        double v = sign * c;
        out.add(v);
        out.add(Math.nextUp(v));
        out.add(Math.nextDown(v));
        out.add(Math.nextUp(Math.nextUp(v)));
        out.add(Math.nextDown(Math.nextDown(v)));
      }
    }
    // half-way points of the reduction, where x / ln2 + 0.5 lands on an integer
    for (int k = -1000; k <= 1000; k += 7) {
      double v = (k + 0.5) * ln2;
      out.add(v);
      out.add(Math.nextUp(v));
      out.add(Math.nextDown(v));
    }
    return out;
  }

  static void assertSameAsStrictMath(double[] x) {
    int checked = 0;
    for (int i = 0; i + L <= x.length; i += L) {
      DoubleVector v = DoubleVector.fromArray(StrictExp.SP, x, i);
      double[] got = StrictExp.exp(v).toArray();
      boolean[] covered = StrictExp.covered(v).toArray();
      for (int l = 0; l < L; l++) {
        int lane = l;
        double arg = x[i + lane];
        double a = Math.abs(arg);
        assertEquals((a >= 0x1p-28 || a == 0) && a < 700, covered[lane], () -> "covered(" + arg + ")");
        if (covered[lane]) {
          double want = StrictMath.exp(arg);
          assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got[lane]),
              () -> "exp(" + arg + ") = " + want + " by StrictMath, " + got[lane] + " by StrictExp");
          checked++;
        }
      }
    }
    assertTrue(checked > x.length / 2, "most arguments must be in the vector range, checked " + checked);
  }

  @Test
  void everyCoveredArgumentHasStrictMathsBits() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 400_000;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (i % 4) {
        case 0 -> r.nextDouble(-700, 700);
        case 1 -> r.nextGaussian() * 3;
        case 2 -> r.nextDouble(-1.1, 1.1);
        default -> Math.scalb(r.nextDouble(0.5, 1), r.nextInt(-28, 10)) * (r.nextBoolean() ? 1 : -1);
      };
    }
    assertSameAsStrictMath(x);
    List<Double> e = edges();
    double[] ex = new double[(e.size() + L - 1) / L * L];
    java.util.Arrays.fill(ex, 1.0);
    for (int i = 0; i < e.size(); i++) {
      ex[i] = e.get(i);
    }
    assertSameAsStrictMath(ex);
  }

  @Test
  void anArrayInPlaceHasStrictMathsBitsWithSpecialValuesAnywhere() {
    SplittableRandom r = new SplittableRandom(14);
    double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -745.2, 709.9, -1e5};
    for (int trial = 0; trial < 200; trial++) {
      int from = r.nextInt(5), to = from + r.nextInt(0, 70);
      double[] a = new double[to + 3];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextInt(6) == 0 ? special[r.nextInt(special.length)] : r.nextGaussian() * 20;
      }
      double[] original = a.clone();
      StrictExp.exp(a, a, from, to);
      for (int i = 0; i < a.length; i++) {
        double want = i >= from && i < to ? StrictMath.exp(original[i]) : original[i];
        int at = i;
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(a[i]),
            () -> "element " + at + " (" + original[at] + "): " + want + " wanted, " + a[at] + " got");
      }
    }
  }

  @Test
  void theSigmoidOnVectorsEqualsTheScalarFormulaEverywhere() {
    SplittableRandom r = new SplittableRandom(12);
    List<Double> values = new ArrayList<>(edges());
    double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, 1e-300, -1e-300, 1e-20, 745.2, -745.2, 800, -800, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double s : special) {
      values.add(s);
    }
    for (int i = 0; i < 100_000; i++) {
      values.add(r.nextGaussian() * 4);
    }
    java.util.Collections.shuffle(values, new java.util.Random(13)); // special values in every lane position
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = new double[x.length];
    Elementwise.forward(Activation.SIGMOID, x, y, 0, x.length);
    double[] inPlace = x.clone();
    StrictExp.sigmoid(inPlace, inPlace, 3, inPlace.length); // in place, from an unaligned start
    for (int i = 0; i < x.length; i++) {
      double want = i < 3 ? x[i] : y[i];
      int at = i;
      assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(inPlace[i]), () -> "in place, element " + at);
    }
    for (int i = 0; i < x.length; i++) {
      double want = 1.0 / (1.0 + StrictMath.exp(-x[i]));
      int at = i;
      assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(y[i]),
          () -> "sigmoid(" + x[at] + ") = " + want + ", vectors gave " + y[at]);
    }
  }
}
