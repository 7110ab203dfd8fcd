package dev.nngrade.nn.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GEMM against two oracles: a plain triple loop (tolerance) and the scalar definition of its
 * summation order (bit for bit), for every transpose combination and awkward sizes.
 */
class GemmTests {
  static final CpuBackend ONE = new CpuBackend(1);
  static final CpuBackend TWO = new CpuBackend(2);

  @AfterAll
  static void close() {
    ONE.close();
    TWO.close();
  }

  static Stream<Arguments> cases() {
    int[][] sizes = {{1, 1, 1}, {1, 7, 3}, {3, 5, 7}, {4, 16, 8}, {5, 17, 9}, {17, 33, 65}, {64, 50, 784}, {30, 300, 25}, {2, 130, 1}, {9, 3, 100},
        // two columns left after the vectors, with 8, 4 and single rows
        {13, 26, 11}, {100, 10, 50}, {21, 50, 7}, {7, 2, 5},
        // sums that pause in c between blocks of k
        {9, 50, 1100}, {9, 30, 1100}, {5, 100, 2100}, {6, 45, 1030},
        // blocks of eight rows, then four, then single ones, with short and paused sums
        {29, 72, 40}, {23, 58, 1050}, {16, 100, 1030}, {40, 50, 1100}};
    Stream.Builder<Arguments> b = Stream.builder();
    for (int[] s : sizes) {
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          b.add(Arguments.of(s[0], s[1], s[2], ta, tb));
        }
      }
    }
    return b.build();
  }

  static Tensor matrix(CpuBackend be, int rows, int cols, long seed) {
    return be.fromHost(Fixtures.gaussian(Fixtures.random(seed), rows * cols, 1), Shape.of(rows, cols));
  }

  /** op(a)[i][k] whether or not a is stored transposed. */
  static double at(double[] a, boolean trans, int rows, int cols, int i, int k) {
    return trans ? a[k * rows + i] : a[i * cols + k];
  }

  @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
  @MethodSource("cases")
  void agreesWithATripleLoopAndWithItsOwnSummationOrder(int m, int n, int k, boolean ta, boolean tb) {
    Tensor a = ta ? matrix(TWO, k, m, 1) : matrix(TWO, m, k, 1);
    Tensor b = tb ? matrix(TWO, n, k, 2) : matrix(TWO, k, n, 2);
    Tensor c = TWO.zeros(Shape.of(m, n));
    TWO.gemm(ta, tb, 1.0, a, b, 0.0, c);
    double[] ad = a.toArray(), bd = b.toArray();
    double[] naive = new double[m * n];
    double[] defined = new double[m * n];
    double[] bRowMajor = new double[k * n]; // op(b) as k x n
    for (int kk = 0; kk < k; kk++) {
      for (int j = 0; j < n; j++) {
        bRowMajor[kk * n + j] = tb ? bd[j * k + kk] : bd[kk * n + j];
      }
    }
    double[] aRows = new double[m * k];
    for (int i = 0; i < m; i++) {
      for (int kk = 0; kk < k; kk++) {
        aRows[i * k + kk] = ta ? ad[kk * m + i] : ad[i * k + kk];
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int kk = 0; kk < k; kk++) {
          s += aRows[i * k + kk] * bRowMajor[kk * n + j];
        }
        naive[i * n + j] = s;
        defined[i * n + j] = Gemm.axpyReference(i, j, n, k, ad, ta ? 1 : k, ta ? m : 1, bRowMajor);
      }
    }
    TensorAssertions.assertClose(naive, c, Tolerance.of(1e-12, 1e-12), "gemm vs triple loop");
    TensorAssertions.assertBitwiseEqual(defined, c.toArray(), "gemm vs its summation order");
  }

  @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
  @MethodSource("cases")
  void theNumberOfThreadsDoesNotChangeABit(int m, int n, int k, boolean ta, boolean tb) {
    double[] ad = (ta ? matrix(ONE, k, m, 3) : matrix(ONE, m, k, 3)).toArray();
    double[] bd = (tb ? matrix(ONE, n, k, 4) : matrix(ONE, k, n, 4)).toArray();
    Shape as = ta ? Shape.of(k, m) : Shape.of(m, k), bs = tb ? Shape.of(n, k) : Shape.of(k, n);
    Tensor c1 = ONE.zeros(Shape.of(m, n)), c2 = TWO.zeros(Shape.of(m, n));
    ONE.gemm(ta, tb, 1.0, ONE.fromHost(ad, as), ONE.fromHost(bd, bs), 0.0, c1);
    TWO.gemm(ta, tb, 1.0, TWO.fromHost(ad, as), TWO.fromHost(bd, bs), 0.0, c2);
    TensorAssertions.assertBitwiseEqual(c1.toArray(), c2.toArray(), "1 vs 2 threads");
  }

  /** Few rows and a long sum are split along k (each thread adds its range after the previous one): the same bits. */
  @Test
  void productsSplitAlongTheirSumOnThreeThreadsHaveTheBitsOfOne() {
    // rows enough for three stages (160 and more) and fewer (split by rows), k below and above 1024
    int[][] sizes = {{161, 50, 784}, {170, 30, 2999}, {100, 50, 784}, {37, 30, 999}, {13, 100, 2500}};
    try (CpuBackend three = new CpuBackend(3)) {
      for (int[] s : sizes) {
        int m = s[0], n = s[1], k = s[2];
        for (boolean tb : new boolean[] {false, true}) {
          double[] ad = matrix(ONE, m, k, 40).toArray();
          double[] bd = (tb ? matrix(ONE, n, k, 41) : matrix(ONE, k, n, 41)).toArray();
          Shape bs = tb ? Shape.of(n, k) : Shape.of(k, n);
          Tensor c1 = ONE.zeros(Shape.of(m, n)), c3 = three.zeros(Shape.of(m, n));
          ONE.gemm(false, tb, 1.0, ONE.fromHost(ad, Shape.of(m, k)), ONE.fromHost(bd, bs), 0.0, c1);
          three.gemm(false, tb, 1.0, three.fromHost(ad, Shape.of(m, k)), three.fromHost(bd, bs), 0.0, c3);
          TensorAssertions.assertBitwiseEqual(c1.toArray(), c3.toArray(), m + "x" + n + "x" + k + " tb=" + tb);
        }
      }
    }
  }

  /** A batch gives each item the same bits as its own product; a 2-D operand is shared by every item. */
  @Test
  void batchedProductsEqualTheProductsOfTheirItems() {
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        int batch = 5, m = 6, n = 9, k = 13;
        Tensor shared = ta ? matrix(TWO, k, m, 20) : matrix(TWO, m, k, 20);
        double[] bAll = Fixtures.gaussian(Fixtures.random(21), batch * k * n, 1);
        Shape bItem = tb ? Shape.of(n, k) : Shape.of(k, n);
        Tensor bBatch = TWO.fromHost(bAll, Shape.of(batch, bItem.dim(0), bItem.dim(1)));
        Tensor c = TWO.zeros(Shape.of(batch, m, n));
        TWO.gemm(ta, tb, 1.0, shared, bBatch, 0.0, c);
        double[] got = c.toArray();
        for (int item = 0; item < batch; item++) {
          Tensor one = TWO.zeros(Shape.of(m, n));
          TWO.gemm(ta, tb, 1.0, shared, TWO.fromHost(java.util.Arrays.copyOfRange(bAll, item * k * n, (item + 1) * k * n), bItem), 0.0, one);
          TensorAssertions.assertBitwiseEqual(one.toArray(), java.util.Arrays.copyOfRange(got, item * m * n, (item + 1) * m * n),
              "item " + item + " ta=" + ta + " tb=" + tb);
        }
      }
    }
  }

  /** Sparse inputs with signed zeros: every term is fused in order, -0.0 products included. */
  @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
  @MethodSource("cases")
  void sparseInputsGiveTheDefinedBits(int m, int n, int k, boolean ta, boolean tb) {
    double[] ad = (ta ? matrix(TWO, k, m, 30) : matrix(TWO, m, k, 30)).toArray();
    var r = Fixtures.random(31);
    for (int i = 0; i < ad.length; i++) {
      if (r.nextDouble() < 0.6) {
        ad[i] = r.nextBoolean() ? 0.0 : -0.0;
      }
    }
    Tensor a = TWO.fromHost(ad, ta ? Shape.of(k, m) : Shape.of(m, k));
    Tensor b = tb ? matrix(TWO, n, k, 32) : matrix(TWO, k, n, 32);
    Tensor c = TWO.zeros(Shape.of(m, n));
    TWO.gemm(ta, tb, 1.0, a, b, 0.0, c);
    double[] bd = b.toArray();
    double[] expected = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0.0;
        for (int kk = 0; kk < k; kk++) {
          s = Math.fma(ta ? ad[kk * m + i] : ad[i * k + kk], tb ? bd[j * k + kk] : bd[kk * n + j], s);
        }
        expected[i * n + j] = s;
      }
    }
    TensorAssertions.assertBitwiseEqual(expected, c.toArray(), "sparse gemm");
  }

  /** 0 * inf is NaN and must reach the result, as IEEE arithmetic and NumPy give it. */
  @Test
  void aZeroTimesAnInfiniteFactorGivesNan() {
    double[] ad = new double[4 * 8];
    ad[1] = 1;
    double[] bd = new double[8 * 16];
    bd[3 * 16 + 5] = Double.POSITIVE_INFINITY;
    Tensor c = TWO.zeros(Shape.of(4, 16));
    TWO.gemm(false, false, 1, TWO.fromHost(ad, Shape.of(4, 8)), TWO.fromHost(bd, Shape.of(8, 16)), 0, c);
    assertTrue(Double.isNaN(c.get(5)), "0 * inf must give NaN in row 0, column 5");
  }

  @Test
  void alphaAndBetaScaleTheProductAndTheOldContents() {
    Tensor a = matrix(TWO, 6, 5, 5), b = matrix(TWO, 5, 7, 6);
    Tensor c = matrix(TWO, 6, 7, 7);
    double[] old = c.toArray();
    Tensor plain = TWO.zeros(Shape.of(6, 7));
    TWO.gemm(false, false, 1.0, a, b, 0.0, plain);
    TWO.gemm(false, false, 2.0, a, b, 0.5, c);
    double[] p = plain.toArray(), r = c.toArray();
    for (int i = 0; i < r.length; i++) {
      assertEquals(2.0 * p[i] + 0.5 * old[i], r[i], 1e-14);
    }
  }

  @Test
  void withBetaZeroAnOldNanDoesNotLeak() {
    Tensor c = TWO.fromHost(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Shape.of(2, 2));
    TWO.gemm(false, false, 1.0, matrix(TWO, 2, 3, 1), matrix(TWO, 3, 2, 2), 0.0, c);
    for (double v : c.toArray()) {
      assertTrue(Double.isFinite(v));
    }
    Tensor d = TWO.fromHost(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Shape.of(2, 2));
    TWO.gemm(false, true, 1.0, matrix(TWO, 2, 3, 1), matrix(TWO, 2, 3, 2), 0.0, d);
    for (double v : d.toArray()) {
      assertTrue(Double.isFinite(v));
    }
  }

  @Test
  void mismatchedInnerDimensionsNameAllThreeShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TWO.gemm(false, false, 1, TWO.zeros(Shape.of(2, 3)), TWO.zeros(Shape.of(4, 5)), 0, TWO.zeros(Shape.of(2, 5))));
    assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[4, 5]") && e.getMessage().contains("[2, 5]"), e.getMessage());
  }

  @Test
  void aTensorOfAnotherBackendIsRejectedWithAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TWO.gemm(false, false, 1, ONE.zeros(Shape.of(2, 2)), TWO.zeros(Shape.of(2, 2)), 0, TWO.zeros(Shape.of(2, 2))));
    assertTrue(e.getMessage().contains("fromHost"), e.getMessage());
  }
}
