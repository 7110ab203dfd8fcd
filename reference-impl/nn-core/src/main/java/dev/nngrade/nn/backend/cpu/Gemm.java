package dev.nngrade.nn.backend.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products in double precision with a summation order fixed by definition, so that results
 * are the same for any vector width and any number of threads:
 *
 * <ul>
 *   <li>{@link #axpy} ({@code B} not transposed): each {@code c[i][j]} is {@code 0 + a(i,0) b[0][j] +
 *       a(i,1) b[1][j] + ...} with {@code k} ascending, each product rounded before it is added (no
 *       fused multiply-add). Vectors run across {@code j}, which leaves every element's order alone.
 *   <li>{@link #dot} ({@code B} transposed, both operands contiguous in {@code k}): eight partial sums
 *       {@code s_r} over {@code k ≡ r (mod 8)}, {@code k} ascending, combined as {@code ((s0+s4) +
 *       (s1+s5)) + ((s2+s6) + (s3+s7))}.
 * </ul>
 *
 * {@link #axpyReference} and {@link #dotReference} are the scalar definitions the tests compare with, bit for bit.
 */
final class Gemm {
  private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> S4 = DoubleVector.SPECIES_256;
  private static final int L = SP.length();

  private Gemm() {}

  /**
   * {@code c[i][j] = alpha * sum_k a(i,k) b[k][j] + beta * c[i][j]} for rows {@code [i0, i1)} and columns {@code [j0, j1)},
   * where {@code a(i,k) = a[i*ars + k*acs]}, {@code b} is {@code K x n} and {@code c} is {@code M x n}, both row-major.
   */
  static void axpy(
      int i0, int i1, int j0, int j1, int n, int kdim, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
      double alpha, double beta, double[] c, int cOff) {
    int panel = 2 * L;
    for (int j = j0; j < j1; j += panel) {
      int jEnd = Math.min(j + panel, j1);
      VectorMask<Double> m0 = SP.indexInRange(j, jEnd);
      VectorMask<Double> m1 = SP.indexInRange(j + L, jEnd);
      boolean full = jEnd - j == panel;
      int i = i0;
      for (; i + 4 <= i1; i += 4) {
        axpyBlock4(i, j, n, kdim, a, aOff, ars, acs, b, bOff, alpha, beta, c, cOff, full, m0, m1);
      }
      for (; i < i1; i++) {
        axpyBlock1(i, j, n, kdim, a, aOff, ars, acs, b, bOff, alpha, beta, c, cOff, full, m0, m1);
      }
    }
  }

  private static DoubleVector load(double[] arr, int off, boolean full, VectorMask<Double> m) {
    return full ? DoubleVector.fromArray(SP, arr, off) : DoubleVector.fromArray(SP, arr, off, m);
  }

  private static void store(DoubleVector v, double[] arr, int off, boolean full, VectorMask<Double> m) {
    if (full) {
      v.intoArray(arr, off);
    } else {
      v.intoArray(arr, off, m);
    }
  }

  private static DoubleVector finish(
      DoubleVector acc, double[] c, int off, double alpha, double beta, boolean full, VectorMask<Double> m) {
    DoubleVector r = alpha == 1.0 ? acc : acc.mul(alpha);
    return beta == 0.0 ? r : r.add(load(c, off, full, m).mul(beta));
  }

  private static void axpyBlock4(
      int i, int j, int n, int kdim, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double alpha,
      double beta, double[] c, int cOff, boolean full, VectorMask<Double> m0, VectorMask<Double> m1) {
    DoubleVector z = DoubleVector.zero(SP);
    DoubleVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
    int a0 = aOff + i * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
    for (int k = 0; k < kdim; k++) {
      int bk = bOff + k * n + j;
      DoubleVector b0 = load(b, bk, full, m0);
      DoubleVector b1 = load(b, bk + L, full, m1);
      int ak = k * acs;
      double x0 = a[a0 + ak], x1 = a[a1 + ak], x2 = a[a2 + ak], x3 = a[a3 + ak];
      c00 = c00.add(b0.mul(x0));
      c01 = c01.add(b1.mul(x0));
      c10 = c10.add(b0.mul(x1));
      c11 = c11.add(b1.mul(x1));
      c20 = c20.add(b0.mul(x2));
      c21 = c21.add(b1.mul(x2));
      c30 = c30.add(b0.mul(x3));
      c31 = c31.add(b1.mul(x3));
    }
    int r0 = cOff + i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    store(finish(c00, c, r0, alpha, beta, full, m0), c, r0, full, m0);
    store(finish(c01, c, r0 + L, alpha, beta, full, m1), c, r0 + L, full, m1);
    store(finish(c10, c, r1, alpha, beta, full, m0), c, r1, full, m0);
    store(finish(c11, c, r1 + L, alpha, beta, full, m1), c, r1 + L, full, m1);
    store(finish(c20, c, r2, alpha, beta, full, m0), c, r2, full, m0);
    store(finish(c21, c, r2 + L, alpha, beta, full, m1), c, r2 + L, full, m1);
    store(finish(c30, c, r3, alpha, beta, full, m0), c, r3, full, m0);
    store(finish(c31, c, r3 + L, alpha, beta, full, m1), c, r3 + L, full, m1);
  }

  private static void axpyBlock1(
      int i, int j, int n, int kdim, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double alpha,
      double beta, double[] c, int cOff, boolean full, VectorMask<Double> m0, VectorMask<Double> m1) {
    DoubleVector c0 = DoubleVector.zero(SP), c1 = c0;
    int a0 = aOff + i * ars;
    for (int k = 0; k < kdim; k++) {
      int bk = bOff + k * n + j;
      double x0 = a[a0 + k * acs];
      c0 = c0.add(load(b, bk, full, m0).mul(x0));
      c1 = c1.add(load(b, bk + L, full, m1).mul(x0));
    }
    int r0 = cOff + i * n + j;
    store(finish(c0, c, r0, alpha, beta, full, m0), c, r0, full, m0);
    store(finish(c1, c, r0 + L, alpha, beta, full, m1), c, r0 + L, full, m1);
  }

  /** Dot products run over {@code k} in chunks of this many, so that the rows of a chunk stay in cache. */
  static final int K_CHUNK = 2048;

  /**
   * {@code c[i][j] = alpha * dot(a[i], b[j]) + beta * c[i][j]} for rows {@code [i0, i1)} and columns
   * {@code [j0, j1)}, where {@code a} is {@code M x K}, {@code b} is {@code N x K} and {@code c} is
   * {@code M x n}, all row-major.
   *
   * <p>The eight partial sums of every dot product live in {@code partials} between chunks of
   * {@code k}, so chunking changes nothing in the order of the additions.
   */
  static void dot(
      int i0, int i1, int j0, int j1, int n, int kdim, double[] a, int aOff, double[] b, int bOff, double alpha,
      double beta, double[] c, int cOff) {
    int k8 = kdim - kdim % 8;
    if (k8 <= K_CHUNK) {
      dotBlocks(i0, i1, j0, j1, n, kdim, a, aOff, b, bOff, alpha, beta, c, cOff);
      return;
    }
    int rows = i1 - i0, cols = j1 - j0;
    double[] partials = new double[rows * cols * 8];
    for (int k0 = 0; k0 < k8; k0 += K_CHUNK) {
      int k1 = Math.min(k8, k0 + K_CHUNK);
      int i = i0;
      for (; i + 2 <= i1; i += 2) {
        int j = j0;
        for (; j + 2 <= j1; j += 2) {
          dot2x2(a, aOff + i * kdim, aOff + (i + 1) * kdim, b, bOff + j * kdim, bOff + (j + 1) * kdim, k0, k1, partials,
              ((i - i0) * cols + (j - j0)) * 8, ((i - i0) * cols + (j + 1 - j0)) * 8,
              ((i + 1 - i0) * cols + (j - j0)) * 8, ((i + 1 - i0) * cols + (j + 1 - j0)) * 8);
        }
        for (; j < j1; j++) {
          dot1x1(a, aOff + i * kdim, b, bOff + j * kdim, k0, k1, partials, ((i - i0) * cols + (j - j0)) * 8);
          dot1x1(a, aOff + (i + 1) * kdim, b, bOff + j * kdim, k0, k1, partials, ((i + 1 - i0) * cols + (j - j0)) * 8);
        }
      }
      for (; i < i1; i++) {
        for (int j = j0; j < j1; j++) {
          dot1x1(a, aOff + i * kdim, b, bOff + j * kdim, k0, k1, partials, ((i - i0) * cols + (j - j0)) * 8);
        }
      }
    }
    for (int i = i0; i < i1; i++) {
      for (int j = j0; j < j1; j++) {
        int p = ((i - i0) * cols + (j - j0)) * 8;
        c[cOff + i * n + j] = finish(partials, p, a, aOff + i * kdim, b, bOff + j * kdim, k8, kdim, alpha, beta, c[cOff + i * n + j]);
      }
    }
  }

  /** Adds the tail {@code [k8, kdim)} to partial {@code k mod 8 = k - k8}, combines the partials and applies alpha and beta. */
  private static double finish(
      double[] s, int p, double[] a, int ao, double[] b, int bo, int k8, int kdim, double alpha, double beta, double old) {
    for (int k = k8; k < kdim; k++) {
      s[p + k - k8] = s[p + k - k8] + a[ao + k] * b[bo + k];
    }
    double dot = ((s[p] + s[p + 4]) + (s[p + 1] + s[p + 5])) + ((s[p + 2] + s[p + 6]) + (s[p + 3] + s[p + 7]));
    double r = alpha * dot;
    return beta == 0.0 ? r : r + beta * old;
  }

  /** One chunk covers all of {@code k}: each 2x2 block is finished at once, with 32 doubles of scratch. */
  private static void dotBlocks(
      int i0, int i1, int j0, int j1, int n, int kdim, double[] a, int aOff, double[] b, int bOff, double alpha,
      double beta, double[] c, int cOff) {
    int k8 = kdim - kdim % 8;
    double[] s = new double[32];
    int i = i0;
    for (; i + 2 <= i1; i += 2) {
      int ra = aOff + i * kdim, rb = ra + kdim;
      int j = j0;
      for (; j + 2 <= j1; j += 2) {
        int ca = bOff + j * kdim, cb = ca + kdim;
        java.util.Arrays.fill(s, 0.0);
        dot2x2(a, ra, rb, b, ca, cb, 0, k8, s, 0, 8, 16, 24);
        int o = cOff + i * n + j;
        c[o] = finish(s, 0, a, ra, b, ca, k8, kdim, alpha, beta, c[o]);
        c[o + 1] = finish(s, 8, a, ra, b, cb, k8, kdim, alpha, beta, c[o + 1]);
        c[o + n] = finish(s, 16, a, rb, b, ca, k8, kdim, alpha, beta, c[o + n]);
        c[o + n + 1] = finish(s, 24, a, rb, b, cb, k8, kdim, alpha, beta, c[o + n + 1]);
      }
      for (; j < j1; j++) {
        dotSingle(ra, bOff + j * kdim, cOff + i * n + j, kdim, a, b, alpha, beta, c, s);
        dotSingle(rb, bOff + j * kdim, cOff + (i + 1) * n + j, kdim, a, b, alpha, beta, c, s);
      }
    }
    for (; i < i1; i++) {
      for (int j = j0; j < j1; j++) {
        dotSingle(aOff + i * kdim, bOff + j * kdim, cOff + i * n + j, kdim, a, b, alpha, beta, c, s);
      }
    }
  }

  private static void dotSingle(
      int ra, int rb, int o, int kdim, double[] a, double[] b, double alpha, double beta, double[] c, double[] s) {
    int k8 = kdim - kdim % 8;
    java.util.Arrays.fill(s, 0, 8, 0.0);
    dot1x1(a, ra, b, rb, 0, k8, s, 0);
    c[o] = finish(s, 0, a, ra, b, rb, k8, kdim, alpha, beta, c[o]);
  }

  private static void dot1x1(double[] a, int ao, double[] b, int bo, int k0, int k1, double[] s, int p) {
    DoubleVector lo = DoubleVector.fromArray(S4, s, p), hi = DoubleVector.fromArray(S4, s, p + 4);
    for (int k = k0; k < k1; k += 8) {
      lo = lo.add(DoubleVector.fromArray(S4, a, ao + k).mul(DoubleVector.fromArray(S4, b, bo + k)));
      hi = hi.add(DoubleVector.fromArray(S4, a, ao + k + 4).mul(DoubleVector.fromArray(S4, b, bo + k + 4)));
    }
    lo.intoArray(s, p);
    hi.intoArray(s, p + 4);
  }

  private static void dot2x2(
      double[] a, int a0, int a1, double[] b, int b0, int b1, int k0, int k1, double[] s, int p00, int p01, int p10,
      int p11) {
    DoubleVector l00 = DoubleVector.fromArray(S4, s, p00), h00 = DoubleVector.fromArray(S4, s, p00 + 4);
    DoubleVector l01 = DoubleVector.fromArray(S4, s, p01), h01 = DoubleVector.fromArray(S4, s, p01 + 4);
    DoubleVector l10 = DoubleVector.fromArray(S4, s, p10), h10 = DoubleVector.fromArray(S4, s, p10 + 4);
    DoubleVector l11 = DoubleVector.fromArray(S4, s, p11), h11 = DoubleVector.fromArray(S4, s, p11 + 4);
    for (int k = k0; k < k1; k += 8) {
      DoubleVector xa0 = DoubleVector.fromArray(S4, a, a0 + k), ya0 = DoubleVector.fromArray(S4, a, a0 + k + 4);
      DoubleVector xa1 = DoubleVector.fromArray(S4, a, a1 + k), ya1 = DoubleVector.fromArray(S4, a, a1 + k + 4);
      DoubleVector xb0 = DoubleVector.fromArray(S4, b, b0 + k), yb0 = DoubleVector.fromArray(S4, b, b0 + k + 4);
      DoubleVector xb1 = DoubleVector.fromArray(S4, b, b1 + k), yb1 = DoubleVector.fromArray(S4, b, b1 + k + 4);
      l00 = l00.add(xa0.mul(xb0));
      h00 = h00.add(ya0.mul(yb0));
      l01 = l01.add(xa0.mul(xb1));
      h01 = h01.add(ya0.mul(yb1));
      l10 = l10.add(xa1.mul(xb0));
      h10 = h10.add(ya1.mul(yb0));
      l11 = l11.add(xa1.mul(xb1));
      h11 = h11.add(ya1.mul(yb1));
    }
    l00.intoArray(s, p00);
    h00.intoArray(s, p00 + 4);
    l01.intoArray(s, p01);
    h01.intoArray(s, p01 + 4);
    l10.intoArray(s, p10);
    h10.intoArray(s, p10 + 4);
    l11.intoArray(s, p11);
    h11.intoArray(s, p11 + 4);
  }

  // ---- the scalar definitions ---------------------------------------------------------------

  /** The scalar definition of {@link #axpy} for one element. */
  static double axpyReference(int i, int j, int n, int kdim, double[] a, int ars, int acs, double[] b) {
    double s = 0.0;
    for (int k = 0; k < kdim; k++) {
      s = s + a[i * ars + k * acs] * b[k * n + j];
    }
    return s;
  }

  /** The scalar definition of {@link #dot} for one pair of rows. */
  static double dotReference(double[] a, int ao, double[] b, int bo, int kdim) {
    double[] s = new double[8];
    for (int k = 0; k < kdim; k++) {
      s[k % 8] = s[k % 8] + a[ao + k] * b[bo + k];
    }
    return ((s[0] + s[4]) + (s[1] + s[5])) + ((s[2] + s[6]) + (s[3] + s[7]));
  }
}
