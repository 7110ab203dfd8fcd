package dev.nngrade.nn.backend.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StrictMath#exp} on whole vectors, with its bits. The Java specification fixes StrictMath.exp
 * to fdlibm's algorithm: write {@code x = k ln2 + r} with {@code |r| <= ln2 / 2}, approximate
 * {@code exp(r)} by a rational function of {@code r} (a degree-5 polynomial in {@code r^2}), and put
 * {@code k} into the exponent. Every step is an IEEE addition, multiplication, division or
 * conversion, so doing the same steps in the same order lane by lane (and never fusing a multiply
 * with an add) gives the same result; the three ranges that fdlibm tells apart by branches are
 * chosen per lane with masks.
 *
 * <p>Only arguments with {@code 2^-28 <= |x| < 700} or zero take this path ({@link #covered}): fdlibm treats
 * tinier ones, overflow, deep underflow, infinities and NaN separately, and callers hand those few
 * lanes to StrictMath.exp itself.
 */
final class StrictExp {
  static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SP.length();

  // fdlibm's constants: ln 2 split in a high part with trailing zeros (so k * LN2_HI is exact) and
  // the rest, 1/ln 2, and the coefficients of the approximation on the reduced range
  private static final double LN2_HI = 0x1.62e42feep-1;
  private static final double LN2_LO = 0x1.a39ef35793c76p-33;
  private static final double INV_LN2 = 0x1.71547652b82fep0;
  private static final double P1 = 0x1.555555555553ep-3;
  private static final double P2 = -0x1.6c16c16bebd93p-9;
  private static final double P3 = 0x1.1566aaf25de2cp-14;
  private static final double P4 = -0x1.bbd41c5d26bf1p-20;
  private static final double P5 = 0x1.6376972bea4d0p-25;

  // fdlibm compares the upper 32 bits of |x| with bounds; the same tests on |x| as a double
  private static final double TINY_BELOW = 0x1p-28; // high word 0x3e300000
  private static final double COVERED_BELOW = 700; // high word 0x4085e000
  private static final double NO_REDUCTION_UPTO = Double.longBitsToDouble(0x3fd6_2e42_ffff_ffffL); // high word <= 0x3fd62e42: 0.5 ln 2
  private static final double ONE_STEP_BELOW = Double.longBitsToDouble(0x3ff0_a2b2_0000_0000L); // high word < 0x3ff0a2b2: 1.5 ln 2

  private StrictExp() {}

  /**
   * The lanes {@link #exp} computes: {@code 2^-28 <= |x| < 700}, and ±0 (fdlibm returns 1 + x there,
   * and the unreduced formula gives exactly 1 too: every product with r = ±0 is zero); NaN is not
   * among them. Softmax has a zero in every row, its maximum minus itself.
   */
  static VectorMask<Double> covered(DoubleVector x) {
    DoubleVector a = x.abs();
    return a.compare(VectorOperators.GE, TINY_BELOW).or(a.compare(VectorOperators.EQ, 0.0))
        .and(a.compare(VectorOperators.LT, COVERED_BELOW));
  }

  /**
   * StrictMath.exp of each {@link #covered} lane; other lanes hold meaningless values. Loops over
   * arrays use {@link #exp(double[], double[], int, int)}, which splits the work in two loops (see there).
   */
  static DoubleVector exp(DoubleVector x) {
    return exp(x, multiple(x));
  }

  /** exp(x) given {@code k = multiple(x)}. */
  static DoubleVector exp(DoubleVector x, DoubleVector k) {
    DoubleVector hi = x.sub(k.mul(LN2_HI)); // exact
    DoubleVector lo = k.mul(LN2_LO);
    return scale(approximate(hi, lo, k.compare(VectorOperators.EQ, 0.0)), k);
  }

  /** k: 0 up to 0.5 ln 2, then +-1 up to 1.5 ln 2, then (int) (x / ln 2 +- 0.5), truncated as Java casts (D2L is that cast). */
  static DoubleVector multiple(DoubleVector x) {
    DoubleVector a = x.abs();
    VectorMask<Double> negative = x.compare(VectorOperators.LT, 0.0);
    VectorMask<Double> reduced = a.compare(VectorOperators.GT, NO_REDUCTION_UPTO);
    VectorMask<Double> oneStep = a.compare(VectorOperators.LT, ONE_STEP_BELOW).and(reduced);
    DoubleVector half = DoubleVector.broadcast(SP, 0.5).blend(-0.5, negative);
    DoubleVector k = (DoubleVector) x.mul(INV_LN2).add(half).convert(VectorOperators.D2L, 0).convert(VectorOperators.L2D, 0);
    DoubleVector sign = DoubleVector.broadcast(SP, 1.0).blend(-1.0, negative);
    return k.blend(sign, oneStep).blend(0.0, reduced.not());
  }

  /**
   * exp(hi - lo) for the reduced argument r = hi - lo: {@code 1 - ((r c) / (c - 2) - r)} where k is 0
   * (hi = x, lo = 0), else {@code 1 - ((lo - (r c) / (2 - c)) - hi)}, with fdlibm's c(r).
   */
  private static DoubleVector approximate(DoubleVector hi, DoubleVector lo, VectorMask<Double> kZero) {
    DoubleVector r = hi.sub(lo);
    DoubleVector t = r.mul(r);
    DoubleVector poly = t.mul(P5).add(P4);
    poly = t.mul(poly).add(P3);
    poly = t.mul(poly).add(P2);
    poly = t.mul(poly).add(P1);
    DoubleVector c = r.sub(t.mul(poly));
    DoubleVector rc = r.mul(c);
    DoubleVector one = DoubleVector.broadcast(SP, 1.0);
    DoubleVector unreduced = one.sub(rc.div(c.sub(2.0)).sub(r));
    DoubleVector reduced = one.sub(lo.sub(rc.div(DoubleVector.broadcast(SP, 2.0).sub(c))).sub(hi));
    return reduced.blend(unreduced, kZero);
  }

  /** y times 2^k, by adding k to the exponent field. */
  private static DoubleVector scale(DoubleVector y, DoubleVector k) {
    LongVector kBits = ((LongVector) k.convert(VectorOperators.D2L, 0)).lanewise(VectorOperators.LSHL, 52);
    return y.reinterpretAsLongs().add(kBits).reinterpretAsDoubles();
  }
  /** Scratch for the multiples k, one per thread. */
  private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

  /** Positions the vector exp leaves to the scalar formula, one list per thread. */
  private static final ThreadLocal<int[]> MISSED = ThreadLocal.withInitial(() -> new int[0]);

  /** {@code y[i] = StrictMath.exp(x[i])} for {@code i} in {@code [from, to)}, on vectors; y may be x. */
  static void exp(double[] x, double[] y, int from, int to) {
    run(x, y, from, to, false);
  }

  /** {@code y[i] = 1 / (1 + StrictMath.exp(-x[i]))}, the sigmoid, for {@code i} in {@code [from, to)}; y may be x. */
  static void sigmoid(double[] x, double[] y, int from, int to) {
    run(x, y, from, to, true);
  }

  /**
   * Two loops, each small enough for C2 to compile its vector operations completely (past its node
   * budget a call stays out of line and boxes its vectors, three times slower): the multiples k
   * first, then the exp. Arguments the vector exp leaves out (|x| < 2^-28, |x| >= 700, NaN; softmax
   * has one zero per row) get the scalar formula, computed before and written after, since y may be
   * x. Each loop exists once for exp(x) and once for the sigmoid: one loop with a flag for both was
   * compiled with both arms and ran slower in a training step, where softmax and the sigmoid alternate.
   */
  private static void run(double[] x, double[] y, int from, int to, boolean sigmoid) {
    int end = from + (to - from) / L * L;
    double[] k = SCRATCH.get();
    if (k.length < end - from) {
      k = new double[end - from];
      SCRATCH.set(k);
    }
    boolean missed = sigmoid ? multiplesOfMinus(x, k, from, end) : multiples(x, k, from, end);
    int[] positions = MISSED.get();
    int count = 0;
    if (missed) {
      for (int i = from; i < end; i++) {
        double a = Math.abs(x[i]);
        if (!((a >= TINY_BELOW || a == 0) && a < COVERED_BELOW)) {
          if (count == positions.length) {
            positions = java.util.Arrays.copyOf(positions, Math.max(16, 2 * count));
            MISSED.set(positions);
          }
          positions[count++] = i;
        }
      }
    }
    double[] values = new double[count];
    for (int q = 0; q < count; q++) {
      values[q] = scalar(x[positions[q]], sigmoid);
    }
    if (sigmoid) {
      finishSigmoid(x, y, k, from, end);
    } else {
      finishExp(x, y, k, from, end);
    }
    for (int q = 0; q < count; q++) {
      y[positions[q]] = values[q];
    }
    for (int i = end; i < to; i++) {
      y[i] = scalar(x[i], sigmoid);
    }
  }

  private static double scalar(double x, boolean sigmoid) {
    return sigmoid ? 1.0 / (1.0 + StrictMath.exp(-x)) : StrictMath.exp(x);
  }

  /** k of each x into k[i - from]; whether some argument is outside the vector range. */
  private static boolean multiples(double[] x, double[] k, int from, int end) {
    long missed = 0;
    for (int i = from; i < end; i += L) {
      DoubleVector v = DoubleVector.fromArray(SP, x, i);
      multiple(v).intoArray(k, i - from);
      missed |= covered(v).not().toLong();
    }
    return missed != 0;
  }

  /** The same for -x. */
  private static boolean multiplesOfMinus(double[] x, double[] k, int from, int end) {
    long missed = 0;
    for (int i = from; i < end; i += L) {
      DoubleVector v = DoubleVector.fromArray(SP, x, i).neg();
      multiple(v).intoArray(k, i - from);
      missed |= covered(v).not().toLong();
    }
    return missed != 0;
  }

  /** y = exp(x) from the multiples. */
  private static void finishExp(double[] x, double[] y, double[] k, int from, int end) {
    for (int i = from; i < end; i += L) {
      exp(DoubleVector.fromArray(SP, x, i), DoubleVector.fromArray(SP, k, i - from)).intoArray(y, i);
    }
  }

  /** y = 1 / (1 + exp(-x)) from the multiples. */
  private static void finishSigmoid(double[] x, double[] y, double[] k, int from, int end) {
    DoubleVector one = DoubleVector.broadcast(SP, 1.0);
    for (int i = from; i < end; i += L) {
      DoubleVector e = exp(DoubleVector.fromArray(SP, x, i).neg(), DoubleVector.fromArray(SP, k, i - from));
      one.div(one.add(e)).intoArray(y, i);
    }
  }
}
