package dev.nngrade.nn.backend.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products in double precision with a summation order fixed by definition, so that results
 * are the same for any vector width, any number of threads and any machine: each {@code c[i][j]} is
 * {@code s = 0; s = fma(a(i,k), b(k,j), s)} for {@code k} ascending, where {@code fma} is IEEE 754's
 * fused multiply-add ({@link Math#fma}: the product and sum rounded once, which every x86-64 and
 * ARMv8 processor of the last decade does in hardware). Vectors run across {@code j}, which leaves
 * every element's order alone.
 * A transposed {@code b} is first copied into row-major {@code k x n} form by the caller.
 *
 * <p>{@link #axpyReference} is the scalar definition the tests compare with, bit for bit.
 */
final class Gemm {
  private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
  /** Two lanes, for the last two columns of widths such as 50 and 10 (a full vector there is mostly waste). */
  private static final VectorSpecies<Double> S2 = DoubleVector.SPECIES_128;
  private static final int L = SP.length();
  /**
   * Rows in blocks of eight (24 sums in registers) where the processor has 32 vector registers, as
   * with AVX-512; AVX2's 16 would spill them.
   */
  private static final boolean EIGHT_ROWS = L >= 8;

  private Gemm() {}

  /** Rows of {@code b} per pass when {@code k} is long, so that a panel of {@code b} stays in the L2 cache. */
  static final int K_BLOCK = 1024;

  /**
   * {@code c[i][j] = alpha * sum_k a(i,k) b[k][j] + beta * c[i][j]} for rows {@code [i0, i1)} and columns {@code [j0, j1)},
   * where {@code a(i,k) = a[aOff + i*ars + k*acs]}, {@code b} is {@code K x n} and {@code c} is {@code M x n}, both
   * row-major from their offsets.
   *
   * <p>Columns go in panels of three vectors and rows in blocks of eight (see {@link #EIGHT_ROWS}) or
   * four: each vector of {@code b} loaded serves that many rows, which matters most where there are
   * few rows and {@code b} comes from the L2 cache (the MLP's first layer: eight-row blocks made its
   * products about 20 % faster than four-row ones). Where a range is narrower than a vector, the last
   * vector is placed so that it ends at {@code j1} and overlaps columns already done: they are
   * recomputed with the same bits, so no masked access (slow in this JDK) is needed. (Where sums
   * continue from {@code c} that would add terms twice; see {@link #lastVectorFirst}.) For long
   * {@code k} the sums pause in {@code c} between blocks of {@code k}; a double stored and reloaded is
   * unchanged, so the order of the additions is still {@code k} ascending.
   */
  static void axpy(
      int i0, int i1, int j0, int j1, int n, int kdim, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
      double alpha, double beta, double[] c, int cOff) {
    if (j1 - j0 < L) {
      axpyScalar(i0, i1, j0, j1, n, kdim, a, aOff, ars, acs, b, bOff, alpha, beta, c, cOff);
      return;
    }
    if (alpha != 1.0 || beta != 0.0) {
      // the sums go to scratch first, then c = alpha * sum + beta * c
      double[] sums = new double[(i1 - i0) * n];
      axpy(i0, i1, j0, j1, n, kdim, a, aOff, ars, acs, b, bOff, 1.0, 0.0, sums, -i0 * n);
      for (int i = i0; i < i1; i++) {
        for (int j = j0; j < j1; j++) {
          double r = alpha * sums[(i - i0) * n + j];
          c[cOff + i * n + j] = beta == 0.0 ? r : r + beta * c[cOff + i * n + j];
        }
      }
      return;
    }
    terms(i0, i1, j0, j1, n, 0, kdim, a, aOff, ars, acs, b, bOff, c, cOff);
  }

  /**
   * The terms {@code k} in {@code [kFrom, kTo)} of {@link #axpy}'s sums (alpha 1, beta 0, at least a
   * vector of columns): from zero when {@code kFrom} is 0, else continuing from the partial sums in
   * {@code c}, so that ranges done one after the other, in any threads, give axpy's bits.
   */
  static void terms(
      int i0, int i1, int j0, int j1, int n, int kFrom, int kTo, double[] a, int aOff, int ars, int acs, double[] b,
      int bOff, double[] c, int cOff) {
    int panelsEnd = j0 + (j1 - j0) / (3 * L) * (3 * L);
    // the last vector overlaps columns done before it when the columns after the panels are not whole
    // vectors (and not the two-lane case)
    int rest = j1 - panelsEnd;
    int covered = panelsEnd + rest / L * L;
    boolean overlap = rest % L != 0 && !(rest == 2 && L > 2);
    for (int k0 = kFrom; k0 < kTo; k0 += K_BLOCK) {
      int k1 = Math.min(kTo, k0 + K_BLOCK);
      boolean first = k0 == 0;
      int jEnd = j1;
      if (overlap && !first) {
        lastVectorFirst(i0, i1, j1 - L, covered, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff);
        jEnd = covered; // this block's remaining columns are whole panels and vectors
      }
      int j = j0;
      for (; j + 3 * L <= jEnd; j += 3 * L) {
        int i = i0;
        for (; EIGHT_ROWS && i + 8 <= i1; i += 8) {
          block8x3(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
        }
        for (; i + 4 <= i1; i += 4) {
          block4x3(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
        }
        for (; i < i1; i++) {
          block1x3(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
        }
      }
      while (j < jEnd) {
        if (jEnd - j == 2 && L > 2) {
          // two columns left (widths such as 50 and 10): two lanes instead of a mostly wasted full vector
          pairColumns(i0, i1, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
          break;
        }
        int jv = Math.min(j, jEnd - L); // the overlapping last vector
        int i = i0;
        for (; i + 4 <= i1; i += 4) {
          block4x1(i, jv, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
        }
        for (; i < i1; i++) {
          block1x1(i, jv, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
        }
        j = jv + L;
      }
    }
  }

  /**
   * When sums continue from c, recomputing overlapped columns would add this block's terms to them
   * twice: so the overlapping last vector {@code [jv, jv + L)} goes first, from the old partial sums,
   * and the columns it shares with the others ({@code [jv, covered)}) get their old sums back before
   * those run.
   */
  private static void lastVectorFirst(
      int i0, int i1, int jv, int covered, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b,
      int bOff, double[] c, int cOff) {
    int w = covered - jv;
    double[] old = new double[(i1 - i0) * w];
    for (int i = i0; i < i1; i++) {
      System.arraycopy(c, cOff + i * n + jv, old, (i - i0) * w, w);
    }
    int i = i0;
    for (; i + 4 <= i1; i += 4) {
      block4x1(i, jv, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, false);
    }
    for (; i < i1; i++) {
      block1x1(i, jv, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, false);
    }
    for (i = i0; i < i1; i++) {
      System.arraycopy(old, (i - i0) * w, c, cOff + i * n + jv, w);
    }
  }

  private static DoubleVector start(double[] c, int o, boolean first) {
    return first ? DoubleVector.zero(SP) : DoubleVector.fromArray(SP, c, o);
  }

  private static void block4x3(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    DoubleVector c00 = start(c, r0, first), c01 = start(c, r0 + L, first), c02 = start(c, r0 + 2 * L, first);
    DoubleVector c10 = start(c, r1, first), c11 = start(c, r1 + L, first), c12 = start(c, r1 + 2 * L, first);
    DoubleVector c20 = start(c, r2, first), c21 = start(c, r2 + L, first), c22 = start(c, r2 + 2 * L, first);
    DoubleVector c30 = start(c, r3, first), c31 = start(c, r3 + L, first), c32 = start(c, r3 + 2 * L, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      int bk = bOff + k * n + j;
      DoubleVector b0 = DoubleVector.fromArray(SP, b, bk);
      DoubleVector b1 = DoubleVector.fromArray(SP, b, bk + L);
      DoubleVector b2 = DoubleVector.fromArray(SP, b, bk + 2 * L);
      int ak = a0 + k * acs;
      DoubleVector x0 = DoubleVector.broadcast(SP, a[ak]), x1 = DoubleVector.broadcast(SP, a[ak + ars]);
      DoubleVector x2 = DoubleVector.broadcast(SP, a[ak + 2 * ars]), x3 = DoubleVector.broadcast(SP, a[ak + 3 * ars]);
      c00 = b0.fma(x0, c00);
      c01 = b1.fma(x0, c01);
      c02 = b2.fma(x0, c02);
      c10 = b0.fma(x1, c10);
      c11 = b1.fma(x1, c11);
      c12 = b2.fma(x1, c12);
      c20 = b0.fma(x2, c20);
      c21 = b1.fma(x2, c21);
      c22 = b2.fma(x2, c22);
      c30 = b0.fma(x3, c30);
      c31 = b1.fma(x3, c31);
      c32 = b2.fma(x3, c32);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + L);
    c02.intoArray(c, r0 + 2 * L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c12.intoArray(c, r1 + 2 * L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c22.intoArray(c, r2 + 2 * L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
    c32.intoArray(c, r3 + 2 * L);
  }

  private static void block8x3(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n, r4 = r3 + n, r5 = r4 + n, r6 = r5 + n, r7 = r6 + n;
    DoubleVector c00 = start(c, r0, first), c01 = start(c, r0 + L, first), c02 = start(c, r0 + 2 * L, first);
    DoubleVector c10 = start(c, r1, first), c11 = start(c, r1 + L, first), c12 = start(c, r1 + 2 * L, first);
    DoubleVector c20 = start(c, r2, first), c21 = start(c, r2 + L, first), c22 = start(c, r2 + 2 * L, first);
    DoubleVector c30 = start(c, r3, first), c31 = start(c, r3 + L, first), c32 = start(c, r3 + 2 * L, first);
    DoubleVector c40 = start(c, r4, first), c41 = start(c, r4 + L, first), c42 = start(c, r4 + 2 * L, first);
    DoubleVector c50 = start(c, r5, first), c51 = start(c, r5 + L, first), c52 = start(c, r5 + 2 * L, first);
    DoubleVector c60 = start(c, r6, first), c61 = start(c, r6 + L, first), c62 = start(c, r6 + 2 * L, first);
    DoubleVector c70 = start(c, r7, first), c71 = start(c, r7 + L, first), c72 = start(c, r7 + 2 * L, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      int bk = bOff + k * n + j;
      DoubleVector b0 = DoubleVector.fromArray(SP, b, bk);
      DoubleVector b1 = DoubleVector.fromArray(SP, b, bk + L);
      DoubleVector b2 = DoubleVector.fromArray(SP, b, bk + 2 * L);
      int ak = a0 + k * acs;
      DoubleVector x = DoubleVector.broadcast(SP, a[ak]);
      c00 = b0.fma(x, c00);
      c01 = b1.fma(x, c01);
      c02 = b2.fma(x, c02);
      x = DoubleVector.broadcast(SP, a[ak + ars]);
      c10 = b0.fma(x, c10);
      c11 = b1.fma(x, c11);
      c12 = b2.fma(x, c12);
      x = DoubleVector.broadcast(SP, a[ak + 2 * ars]);
      c20 = b0.fma(x, c20);
      c21 = b1.fma(x, c21);
      c22 = b2.fma(x, c22);
      x = DoubleVector.broadcast(SP, a[ak + 3 * ars]);
      c30 = b0.fma(x, c30);
      c31 = b1.fma(x, c31);
      c32 = b2.fma(x, c32);
      x = DoubleVector.broadcast(SP, a[ak + 4 * ars]);
      c40 = b0.fma(x, c40);
      c41 = b1.fma(x, c41);
      c42 = b2.fma(x, c42);
      x = DoubleVector.broadcast(SP, a[ak + 5 * ars]);
      c50 = b0.fma(x, c50);
      c51 = b1.fma(x, c51);
      c52 = b2.fma(x, c52);
      x = DoubleVector.broadcast(SP, a[ak + 6 * ars]);
      c60 = b0.fma(x, c60);
      c61 = b1.fma(x, c61);
      c62 = b2.fma(x, c62);
      x = DoubleVector.broadcast(SP, a[ak + 7 * ars]);
      c70 = b0.fma(x, c70);
      c71 = b1.fma(x, c71);
      c72 = b2.fma(x, c72);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + L);
    c02.intoArray(c, r0 + 2 * L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c12.intoArray(c, r1 + 2 * L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c22.intoArray(c, r2 + 2 * L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
    c32.intoArray(c, r3 + 2 * L);
    c40.intoArray(c, r4);
    c41.intoArray(c, r4 + L);
    c42.intoArray(c, r4 + 2 * L);
    c50.intoArray(c, r5);
    c51.intoArray(c, r5 + L);
    c52.intoArray(c, r5 + 2 * L);
    c60.intoArray(c, r6);
    c61.intoArray(c, r6 + L);
    c62.intoArray(c, r6 + 2 * L);
    c70.intoArray(c, r7);
    c71.intoArray(c, r7 + L);
    c72.intoArray(c, r7 + 2 * L);
  }
  private static void block1x3(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j;
    DoubleVector c0 = start(c, r0, first), c1 = start(c, r0 + L, first), c2 = start(c, r0 + 2 * L, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      int bk = bOff + k * n + j;
      DoubleVector x = DoubleVector.broadcast(SP, a[a0 + k * acs]);
      c0 = DoubleVector.fromArray(SP, b, bk).fma(x, c0);
      c1 = DoubleVector.fromArray(SP, b, bk + L).fma(x, c1);
      c2 = DoubleVector.fromArray(SP, b, bk + 2 * L).fma(x, c2);
    }
    c0.intoArray(c, r0);
    c1.intoArray(c, r0 + L);
    c2.intoArray(c, r0 + 2 * L);
  }

  private static void block4x1(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    DoubleVector c0 = start(c, r0, first), c1 = start(c, r1, first), c2 = start(c, r2, first), c3 = start(c, r3, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      DoubleVector bv = DoubleVector.fromArray(SP, b, bOff + k * n + j);
      int ak = a0 + k * acs;
      c0 = bv.fma(DoubleVector.broadcast(SP, a[ak]), c0);
      c1 = bv.fma(DoubleVector.broadcast(SP, a[ak + ars]), c1);
      c2 = bv.fma(DoubleVector.broadcast(SP, a[ak + 2 * ars]), c2);
      c3 = bv.fma(DoubleVector.broadcast(SP, a[ak + 3 * ars]), c3);
    }
    c0.intoArray(c, r0);
    c1.intoArray(c, r1);
    c2.intoArray(c, r2);
    c3.intoArray(c, r3);
  }

  private static void block1x1(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j;
    DoubleVector c0 = start(c, r0, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      c0 = DoubleVector.fromArray(SP, b, bOff + k * n + j).fma(DoubleVector.broadcast(SP, a[a0 + k * acs]), c0);
    }
    c0.intoArray(c, r0);
  }

  // The same two kernels on two lanes. They are copies because the vector operations compile to
  // instructions only where the species is a constant; passing it as an argument ran 6x slower.

  private static DoubleVector startPair(double[] c, int o, boolean first) {
    return first ? DoubleVector.zero(S2) : DoubleVector.fromArray(S2, c, o);
  }

  private static void pairColumns(
      int i0, int i1, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
      double[] c, int cOff, boolean first) {
    int i = i0;
    if (ars == 1 && L == 8) { // a transposed
      for (; i + 16 <= i1; i += 16) {
        block16x1PairDown(i, j, n, k0, k1, a, aOff, acs, b, bOff, c, cOff, first);
      }
    }
    for (; i + 8 <= i1; i += 8) {
      block8x1Pair(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
    }
    for (; i + 4 <= i1; i += 4) {
      block4x1Pair(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
    }
    for (; i < i1; i++) {
      block1x1Pair(i, j, n, k0, k1, a, aOff, ars, acs, b, bOff, c, cOff, first);
    }
  }

  /**
   * The two columns for sixteen rows whose values of {@code a} lie side by side at each {@code k}
   * ({@code a} transposed): the vectors run down the rows instead of across the columns, four
   * full-width sums in place of sixteen two-lane ones. Each element's sum is the same sequence of
   * fused multiply-adds; only where it is kept differs. (The weight gradient's last two of 50
   * columns: about 12 -> 8 us per thread, 9 us off the MLP's training step.) Sixteen rows are two
   * vectors of eight lanes; it is used only there, as only AVX-512 was measured.
   */
  private static void block16x1PairDown(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int acs, double[] b, int bOff, double[] c, int cOff,
      boolean first) {
    double[] t = new double[4 * L]; // column j of the sixteen rows, then column j + 1
    int r0 = cOff + i * n + j;
    if (!first) {
      for (int l = 0; l < 2 * L; l++) {
        t[l] = c[r0 + l * n];
        t[2 * L + l] = c[r0 + l * n + 1];
      }
    }
    DoubleVector s00 = DoubleVector.fromArray(SP, t, 0), s10 = DoubleVector.fromArray(SP, t, L);
    DoubleVector s01 = DoubleVector.fromArray(SP, t, 2 * L), s11 = DoubleVector.fromArray(SP, t, 3 * L);
    int a0 = aOff + i;
    for (int k = k0; k < k1; k++) {
      int ak = a0 + k * acs, bk = bOff + k * n + j;
      DoubleVector v0 = DoubleVector.fromArray(SP, a, ak), v1 = DoubleVector.fromArray(SP, a, ak + L);
      DoubleVector y0 = DoubleVector.broadcast(SP, b[bk]), y1 = DoubleVector.broadcast(SP, b[bk + 1]);
      s00 = v0.fma(y0, s00);
      s10 = v1.fma(y0, s10);
      s01 = v0.fma(y1, s01);
      s11 = v1.fma(y1, s11);
    }
    s00.intoArray(t, 0);
    s10.intoArray(t, L);
    s01.intoArray(t, 2 * L);
    s11.intoArray(t, 3 * L);
    for (int l = 0; l < 2 * L; l++) {
      c[r0 + l * n] = t[l];
      c[r0 + l * n + 1] = t[2 * L + l];
    }
  }

  /** Eight rows: two-lane sums are short, so eight chains of fused multiply-adds are needed to keep both units busy. */
  private static void block8x1Pair(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j;
    DoubleVector c0 = startPair(c, r0, first), c1 = startPair(c, r0 + n, first), c2 = startPair(c, r0 + 2 * n, first);
    DoubleVector c3 = startPair(c, r0 + 3 * n, first), c4 = startPair(c, r0 + 4 * n, first), c5 = startPair(c, r0 + 5 * n, first);
    DoubleVector c6 = startPair(c, r0 + 6 * n, first), c7 = startPair(c, r0 + 7 * n, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      DoubleVector bv = DoubleVector.fromArray(S2, b, bOff + k * n + j);
      int ak = a0 + k * acs;
      c0 = bv.fma(DoubleVector.broadcast(S2, a[ak]), c0);
      c1 = bv.fma(DoubleVector.broadcast(S2, a[ak + ars]), c1);
      c2 = bv.fma(DoubleVector.broadcast(S2, a[ak + 2 * ars]), c2);
      c3 = bv.fma(DoubleVector.broadcast(S2, a[ak + 3 * ars]), c3);
      c4 = bv.fma(DoubleVector.broadcast(S2, a[ak + 4 * ars]), c4);
      c5 = bv.fma(DoubleVector.broadcast(S2, a[ak + 5 * ars]), c5);
      c6 = bv.fma(DoubleVector.broadcast(S2, a[ak + 6 * ars]), c6);
      c7 = bv.fma(DoubleVector.broadcast(S2, a[ak + 7 * ars]), c7);
    }
    c0.intoArray(c, r0);
    c1.intoArray(c, r0 + n);
    c2.intoArray(c, r0 + 2 * n);
    c3.intoArray(c, r0 + 3 * n);
    c4.intoArray(c, r0 + 4 * n);
    c5.intoArray(c, r0 + 5 * n);
    c6.intoArray(c, r0 + 6 * n);
    c7.intoArray(c, r0 + 7 * n);
  }

  private static void block4x1Pair(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    DoubleVector c0 = startPair(c, r0, first), c1 = startPair(c, r1, first), c2 = startPair(c, r2, first), c3 = startPair(c, r3, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      DoubleVector bv = DoubleVector.fromArray(S2, b, bOff + k * n + j);
      int ak = a0 + k * acs;
      c0 = bv.fma(DoubleVector.broadcast(S2, a[ak]), c0);
      c1 = bv.fma(DoubleVector.broadcast(S2, a[ak + ars]), c1);
      c2 = bv.fma(DoubleVector.broadcast(S2, a[ak + 2 * ars]), c2);
      c3 = bv.fma(DoubleVector.broadcast(S2, a[ak + 3 * ars]), c3);
    }
    c0.intoArray(c, r0);
    c1.intoArray(c, r1);
    c2.intoArray(c, r2);
    c3.intoArray(c, r3);
  }

  private static void block1x1Pair(
      int i, int j, int n, int k0, int k1, double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] c,
      int cOff, boolean first) {
    int r0 = cOff + i * n + j;
    DoubleVector c0 = startPair(c, r0, first);
    int a0 = aOff + i * ars;
    for (int k = k0; k < k1; k++) {
      c0 = DoubleVector.fromArray(S2, b, bOff + k * n + j).fma(DoubleVector.broadcast(S2, a[a0 + k * acs]), c0);
    }
    c0.intoArray(c, r0);
  }

  /** Ranges narrower than a vector: the same order, one scalar sum per element, four rows' sums in flight at once. */
  private static void axpyScalar(
      int i0, int i1, int j0, int j1, int n, int kdim, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
      double alpha, double beta, double[] c, int cOff) {
    for (int j = j0; j < j1; j++) {
      for (int i = i0; i < i1; i += 4) {
        // a group of fewer than four rows repeats its last row; only real rows are stored
        int rows = Math.min(4, i1 - i);
        int a0 = aOff + i * ars, a1 = aOff + (i + Math.min(1, rows - 1)) * ars;
        int a2 = aOff + (i + Math.min(2, rows - 1)) * ars, a3 = aOff + (i + Math.min(3, rows - 1)) * ars;
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (int k = 0; k < kdim; k++) {
          double bv = b[bOff + k * n + j];
          int ak = k * acs;
          s0 = Math.fma(a[a0 + ak], bv, s0);
          s1 = Math.fma(a[a1 + ak], bv, s1);
          s2 = Math.fma(a[a2 + ak], bv, s2);
          s3 = Math.fma(a[a3 + ak], bv, s3);
        }
        double[] sums = {s0, s1, s2, s3};
        for (int r = 0; r < rows; r++) {
          int o = cOff + (i + r) * n + j;
          double v = alpha * sums[r];
          c[o] = beta == 0.0 ? v : v + beta * c[o];
        }
      }
    }
  }

  // ---- the scalar definitions ---------------------------------------------------------------

  /** The scalar definition of {@link #axpy} for one element. */
  static double axpyReference(int i, int j, int n, int kdim, double[] a, int ars, int acs, double[] b) {
    double s = 0.0;
    for (int k = 0; k < kdim; k++) {
      s = Math.fma(a[i * ars + k * acs], b[k * n + j], s);
    }
    return s;
  }

}
