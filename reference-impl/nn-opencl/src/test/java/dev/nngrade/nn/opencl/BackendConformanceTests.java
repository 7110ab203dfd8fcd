package dev.nngrade.nn.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.AdamConvention;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BackendOptions;
import dev.nngrade.nn.backend.BackendProvider;
import dev.nngrade.nn.backend.Backends;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.backend.Precision;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.net.MultiLayerNet;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.net.SimpleConvNet;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.optim.Sgd;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import dev.nngrade.nn.train.Trainer;
import dev.nngrade.nn.train.TrainerConfig;
import dev.nngrade.nn.train.TrainingHistory;
import dev.nngrade.nn.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kernel, layer and network of every OpenCL device here (PoCL's CPU device in CI) against the
 * CPU backend's double results. float64 must agree to 1e-10 relative; float32 to the tolerances
 * below, which allow for inputs rounded to float and ~1e-7 relative error per operation (GEMM sums
 * of up to 784 terms). Without an OpenCL device the suite fails (the first test says what to install).
 */
class BackendConformanceTests {
  static final CpuBackend CPU = new CpuBackend(2);
  static final List<Variant> VARIANTS = open();

  /** A backend under test with its tolerances: for element-wise results and for sums of many products. */
  record Variant(String label, Backend backend, Tolerance elementwise, Tolerance products) {
    @Override
    public String toString() {
      return label;
    }
  }

  static List<Variant> open() {
    List<Variant> list = new ArrayList<>();
    OpenClProvider p = new OpenClProvider();
    List<BackendProvider.Device> devices = p.devices();
    for (int i = 0; i < devices.size(); i++) {
      if (devices.get(i).float64()) {
        list.add(new Variant("opencl:" + i + ":float64", p.open(i, Precision.FLOAT64, BackendOptions.DEFAULT),
            Tolerance.of(1e-13, 1e-10), Tolerance.of(1e-12, 1e-10)));
      }
      list.add(new Variant("opencl:" + i + ":float32", p.open(i, Precision.FLOAT32, BackendOptions.DEFAULT),
          Tolerance.of(1e-6, 1e-5), Tolerance.of(1e-5, 1e-4)));
    }
    return List.copyOf(list);
  }

  static Stream<Variant> variants() {
    return VARIANTS.stream();
  }

  @AfterAll
  static void close() {
    VARIANTS.forEach(v -> v.backend().close());
    CPU.close();
  }

  @Test
  void anOpenClDeviceIsAvailable() {
    OpenClProvider p = new OpenClProvider();
    assertFalse(p.devices().isEmpty(), () -> "no OpenCL device: " + p.unavailableReason());
  }

  // ---- helpers: the same values on the CPU and on the backend under test ----------------------

  record Pair(Tensor cpu, Tensor other) {}

  static Pair pair(Variant v, double[] values, Shape shape) {
    return new Pair(CPU.fromHost(values, shape), v.backend().fromHost(values, shape));
  }

  static Pair random(Variant v, long seed, double std, int... dims) {
    Shape s = Shape.of(dims);
    return pair(v, Fixtures.gaussian(Fixtures.random(seed), s.size(), std), s);
  }

  static Pair zeros(Variant v, int... dims) {
    return new Pair(CPU.zeros(Shape.of(dims)), v.backend().zeros(Shape.of(dims)));
  }

  static void same(Pair p, Tolerance tol, String label) {
    TensorAssertions.assertShape(p.cpu().shape(), p.other(), label);
    TensorAssertions.assertClose(p.cpu().toArray(), p.other().toArray(), tol, label);
  }

  /** Runs {@code op} on both backends. */
  static void both(Variant v, BiConsumer<Backend, Boolean> op) {
    op.accept(CPU, true);
    op.accept(v.backend(), false);
  }

  static Tensor pick(Pair p, boolean cpu) {
    return cpu ? p.cpu() : p.other();
  }

  /**
   * A sum of {@code k} products of unit-scale numbers errs by about sqrt(k) roundings of its terms,
   * whatever its own size (a sum near 0 is a cancellation): the absolute bound grows with k.
   */
  static Tolerance sumOf(Variant v, int k) {
    return v.backend().precision() == Precision.FLOAT64 ? Tolerance.of(1e-14 * k, 1e-10) : Tolerance.of(5e-7 * k, 1e-4);
  }

  // ---- kernels --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void gemmInEveryTransposeAndBatchForm(Variant v) {
    int[][] sizes = {{5, 7, 3}, {17, 33, 65}, {100, 50, 784}, {30, 25, 576}};
    for (int[] s : sizes) {
      int m = s[0], n = s[1], k = s[2];
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          Pair a = ta ? random(v, 1, 1, k, m) : random(v, 1, 1, m, k);
          Pair b = tb ? random(v, 2, 1, n, k) : random(v, 2, 1, k, n);
          Pair c = random(v, 3, 1, m, n);
          both(v, (be, cpu) -> be.gemm(ta, tb, 1.0, pick(a, cpu), pick(b, cpu), 0.0, pick(c, cpu)));
          same(c, sumOf(v, k), "gemm " + m + "x" + n + "x" + k + " ta=" + ta + " tb=" + tb);
        }
      }
    }
    Pair shared = random(v, 4, 1, 6, 9);
    Pair batch = random(v, 5, 1, 4, 9, 11);
    Pair out = zeros(v, 4, 6, 11);
    both(v, (be, cpu) -> be.gemm(false, false, 1.0, pick(shared, cpu), pick(batch, cpu), 0.0, pick(out, cpu)));
    same(out, v.products(), "batched gemm with a shared operand");
    Pair batchT = random(v, 6, 1, 4, 11, 9);
    Pair out2 = zeros(v, 4, 6, 11);
    both(v, (be, cpu) -> be.gemm(false, true, 2.0, pick(shared, cpu), pick(batchT, cpu), 0.0, pick(out2, cpu)));
    same(out2, v.products(), "batched gemm, transposed b, alpha 2");
    Pair c = random(v, 7, 1, 6, 9);
    Pair a = random(v, 8, 1, 6, 5);
    Pair b = random(v, 9, 1, 5, 9);
    both(v, (be, cpu) -> be.gemm(false, false, 0.5, pick(a, cpu), pick(b, cpu), 2.0, pick(c, cpu)));
    same(c, v.products(), "gemm with alpha and beta");
    both(v, (be, cpu) -> be.gemmColumns(false, false, 1.0, pick(a, cpu), pick(b, cpu), 0.0, pick(c, cpu), 3, 5));
    same(c, v.products(), "gemmColumns");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void elementWiseKernels(Variant v) {
    Pair x = random(v, 10, 2, 7, 13);
    for (Activation f : Activation.values()) {
      Pair y = zeros(v, 7, 13), dx = zeros(v, 7, 13), dout = random(v, 11, 1, 7, 13);
      both(v, (be, cpu) -> be.map(f, pick(x, cpu), pick(y, cpu)));
      same(y, v.elementwise(), "map " + f);
      both(v, (be, cpu) -> be.mapBackward(f, pick(x, cpu), pick(y, cpu), pick(dout, cpu), pick(dx, cpu)));
      same(dx, v.elementwise(), "mapBackward " + f);
      Pair z = random(v, 12, 1, 7, 13);
      both(v, (be, cpu) -> be.mapColumns(f, pick(x, cpu), pick(z, cpu), 4, 9));
      same(z, v.elementwise(), "mapColumns " + f);
    }
    Pair a = random(v, 13, 1, 5, 6), b = random(v, 14, 1, 5, 6);
    for (BinaryOp op : BinaryOp.values()) {
      Pair out = zeros(v, 5, 6);
      both(v, (be, cpu) -> be.zip(op, pick(a, cpu), pick(b, cpu), pick(out, cpu)));
      same(out, v.elementwise(), "zip " + op);
    }
    Pair out = zeros(v, 5, 6);
    both(v, (be, cpu) -> be.scale(-2.5, pick(a, cpu), pick(out, cpu)));
    same(out, v.elementwise(), "scale");
    both(v, (be, cpu) -> be.divide(pick(a, cpu), 3.0, pick(out, cpu)));
    same(out, v.elementwise(), "divide");
    both(v, (be, cpu) -> be.fill(0.75, pick(out, cpu)));
    same(out, Tolerance.EXACT, "fill");
    both(v, (be, cpu) -> be.copy(pick(b, cpu), pick(out, cpu)));
    same(out, v.elementwise(), "copy");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void biasesAndReductions(Variant v) {
    Pair x = random(v, 20, 1, 4, 5, 6);
    Pair bias = random(v, 21, 1, 5);
    both(v, (be, cpu) -> be.addBiasInPlace(pick(x, cpu), pick(bias, cpu), 1));
    same(x, v.elementwise(), "addBiasInPlace axis 1 of a 3-D tensor");
    Pair m = random(v, 22, 1, 4, 5);
    both(v, (be, cpu) -> be.addBiasInPlace(pick(m, cpu), pick(bias, cpu), 1));
    same(m, v.elementwise(), "addBiasInPlace axis 1");
    Pair rowBias = random(v, 23, 1, 4);
    both(v, (be, cpu) -> be.addBiasInPlace(pick(m, cpu), pick(rowBias, cpu), 0));
    same(m, v.elementwise(), "addBiasInPlace axis 0");
    both(v, (be, cpu) -> be.addBiasColumnsInPlace(pick(m, cpu), pick(bias, cpu), 1, 3));
    same(m, v.elementwise(), "addBiasColumnsInPlace");
    Pair perChannel = zeros(v, 5), perRow = zeros(v, 4);
    both(v, (be, cpu) -> be.sumKeepingAxis(pick(x, cpu), 1, pick(perChannel, cpu)));
    same(perChannel, v.products(), "sumKeepingAxis 1");
    both(v, (be, cpu) -> be.sumKeepingAxis(pick(x, cpu), 0, pick(perRow, cpu)));
    same(perRow, v.products(), "sumKeepingAxis 0");
    Pair big = random(v, 24, 1, 3, 5000);
    Pair other = random(v, 25, 1, 3, 5000);
    double[] expected = {CPU.sum(big.cpu()), CPU.sumSquaredDifference(big.cpu(), other.cpu()), CPU.sumAbsoluteDifference(big.cpu(), other.cpu())};
    Backend be = v.backend();
    double[] actual = {be.sum(big.other()), be.sumSquaredDifference(big.other(), other.other()), be.sumAbsoluteDifference(big.other(), other.other())};
    TensorAssertions.assertClose(expected, actual, Tolerance.of(v.products().atol() * 100, v.products().rtol()), "sum, squared and absolute differences");
    Pair separated = pair(v, Fixtures.distinct(Fixtures.random(26), 6 * 9, 0.1), Shape.of(6, 9));
    assertArrayEquals(CPU.argmaxRows(separated.cpu()), be.argmaxRows(separated.other()), "argmaxRows");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void softmaxAndCrossEntropy(Variant v) {
    Pair x = random(v, 30, 3, 8, 10);
    Pair p = zeros(v, 8, 10), dx = zeros(v, 8, 10);
    both(v, (be, cpu) -> be.softmaxRows(pick(x, cpu), pick(p, cpu)));
    same(p, v.elementwise(), "softmaxRows");
    double[] labels = {3, 0, 9, 1, 1, 7, 2, 5};
    double[] oneHot = new double[80];
    for (int i = 0; i < 8; i++) {
      oneHot[i * 10 + (int) labels[i]] = 1;
    }
    for (Pair t : List.of(pair(v, labels, Shape.of(8)), pair(v, oneHot, Shape.of(8, 10)))) {
      double expected = CPU.softmaxCrossEntropy(x.cpu(), t.cpu(), p.cpu(), 1e-7);
      double actual = v.backend().softmaxCrossEntropy(x.other(), t.other(), p.other(), 1e-7);
      assertEquals(expected, actual, v.elementwise().atol() + v.elementwise().rtol() * Math.abs(expected), "cross-entropy");
      same(p, v.elementwise(), "probabilities");
      both(v, (be, cpu) -> be.softmaxCrossEntropyBackward(pick(p, cpu), pick(t, cpu), pick(dx, cpu)));
      same(dx, v.elementwise(), "cross-entropy backward");
    }
    Tensor bad = v.backend().fromHost(new double[] {0, 1, 12, 2, 0, 0, 0, 0}, Shape.of(8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> v.backend().softmaxCrossEntropy(x.other(), bad, p.other(), 1e-7));
    assertTrue(e.getMessage().contains("label 12.0 at row 2"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void windowsOfConvolutionAndPooling(Variant v) {
    for (ConvGeometry g : List.of(new ConvGeometry(2, 3, 6, 5, 3, 3, 1, 1), new ConvGeometry(2, 2, 7, 7, 3, 3, 2, 1),
        new ConvGeometry(3, 1, 24, 24, 5, 5, 1, 0))) {
      Pair x = random(v, 40, 1, g.batch(), g.channels(), g.height(), g.width());
      Pair cols = zeros(v, g.batch(), g.patchSize(), g.outHeight() * g.outWidth());
      both(v, (be, cpu) -> be.im2col(pick(x, cpu), g, pick(cols, cpu)));
      same(cols, v.elementwise(), "im2col " + g);
      Pair back = zeros(v, g.batch(), g.channels(), g.height(), g.width());
      both(v, (be, cpu) -> be.col2im(pick(cols, cpu), g, pick(back, cpu)));
      same(back, v.elementwise(), "col2im " + g);
    }
    for (ConvGeometry g : List.of(new ConvGeometry(2, 3, 24, 24, 2, 2, 2, 0), new ConvGeometry(1, 2, 7, 7, 3, 3, 2, 1),
        new ConvGeometry(1, 2, 6, 6, 3, 3, 1, 0))) {
      Pair x = pair(v, Fixtures.distinct(Fixtures.random(41), g.batch() * g.channels() * g.height() * g.width(), 1e-2),
          Shape.of(g.batch(), g.channels(), g.height(), g.width()));
      Pair out = zeros(v, g.batch(), g.channels(), g.outHeight(), g.outWidth());
      Pair argmax = zeros(v, g.batch(), g.channels(), g.outHeight(), g.outWidth());
      both(v, (be, cpu) -> be.maxPoolForward(pick(x, cpu), g, pick(out, cpu), pick(argmax, cpu)));
      same(out, v.elementwise(), "maxPoolForward " + g);
      same(argmax, Tolerance.EXACT, "argmax " + g);
      Pair dout = random(v, 42, 1, g.batch(), g.channels(), g.outHeight(), g.outWidth());
      Pair dx = zeros(v, g.batch(), g.channels(), g.height(), g.width());
      both(v, (be, cpu) -> be.maxPoolBackward(pick(dout, cpu), pick(argmax, cpu), g, pick(dx, cpu)));
      same(dx, v.elementwise(), "maxPoolBackward " + g);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void optimizerSteps(Variant v) {
    Pair p = random(v, 50, 1, 40), g = random(v, 51, 1, 40);
    Pair s1 = zeros(v, 40), s2 = zeros(v, 40);
    for (int t = 1; t <= 3; t++) {
      int step = t;
      both(v, (be, cpu) -> be.sgdStep(pick(p, cpu), pick(g, cpu), 0.1));
      both(v, (be, cpu) -> be.momentumStep(pick(p, cpu), pick(g, cpu), pick(s1, cpu), 0.1, 0.9));
      both(v, (be, cpu) -> be.adaGradStep(pick(p, cpu), pick(g, cpu), pick(s2, cpu), 0.1, 1e-7));
      both(v, (be, cpu) -> be.rmsPropStep(pick(p, cpu), pick(g, cpu), pick(s2, cpu), 0.1, 0.99, 1e-7));
      for (AdamConvention c : AdamConvention.values()) {
        both(v, (be, cpu) -> be.adamStep(pick(p, cpu), pick(g, cpu), pick(s1, cpu), pick(s2, cpu), step, 0.01, 0.9, 0.999, 1e-7, c));
      }
    }
    same(p, v.elementwise(), "parameters after every optimizer");
    same(s1, v.elementwise(), "first state");
    same(s2, v.elementwise(), "second state");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void mismatchedShapesGiveTheCpuBackendsMessages(Variant v) {
    Backend be = v.backend();
    IllegalArgumentException cpu = assertThrows(IllegalArgumentException.class,
        () -> CPU.gemm(false, false, 1, CPU.zeros(Shape.of(2, 3)), CPU.zeros(Shape.of(4, 5)), 0, CPU.zeros(Shape.of(2, 5))));
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> be.gemm(false, false, 1, be.zeros(Shape.of(2, 3)), be.zeros(Shape.of(4, 5)), 0, be.zeros(Shape.of(2, 5))));
    assertEquals(cpu.getMessage(), other.getMessage());
    IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
        () -> be.map(Activation.RELU, CPU.zeros(Shape.of(2)), be.zeros(Shape.of(2))));
    assertTrue(foreign.getMessage().contains("fromHost"), foreign.getMessage());
  }

  // ---- layers and networks --------------------------------------------------------------------

  /** The same network on both backends: parameters copied from the CPU's. */
  static Sequential twin(Sequential cpu, java.util.function.Function<Backend, Sequential> make, Backend be) {
    Sequential other = make.apply(be);
    for (int i = 0; i < cpu.parameters().size(); i++) {
      be.upload(cpu.parameters().get(i).value().toArray(), other.parameters().get(i).value());
    }
    return other;
  }

  static void sameNetwork(Variant v, java.util.function.Function<Backend, Sequential> make, Pair x, Pair t, String name) {
    Sequential cpu = make.apply(CPU);
    Sequential other = twin(cpu, make, v.backend());
    double expected = cpu.gradient(x.cpu(), t.cpu());
    double actual = other.gradient(x.other(), t.other());
    assertEquals(expected, actual, v.products().atol() + v.products().rtol() * Math.abs(expected), name + " loss");
    for (int i = 0; i < cpu.parameters().size(); i++) {
      Parameter pc = cpu.parameters().get(i), po = other.parameters().get(i);
      TensorAssertions.assertClose(pc.grad().toArray(), po.grad().toArray(),
          Tolerance.of(v.products().atol(), v.products().rtol() * 10), name + " gradient " + pc.name());
    }
    TensorAssertions.assertClose(cpu.predict(x.cpu()).toArray(), other.predict(x.other()).toArray(), v.products(), name + " predict");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void networksForwardAndBackward(Variant v) {
    Pair x = random(v, 60, 1, 5, 12);
    Pair labels = pair(v, new double[] {0, 3, 1, 2, 3}, Shape.of(5));
    for (Activation a : List.of(Activation.SIGMOID, Activation.RELU, Activation.TANH)) {
      sameNetwork(v, be -> new TwoLayerNet(be, 12, 7, 4, 0.5, a, Seeds.generator(61)), x, labels, "TwoLayerNet " + a);
    }
    sameNetwork(v, be -> new MultiLayerNet(be, 12, new int[] {9, 6}, 4, Activation.LEAKY_RELU, WeightInit.he(), Seeds.generator(62)),
        x, labels, "MultiLayerNet");
    Pair images = random(v, 63, 1, 3, 2, 10, 10);
    Pair classes = pair(v, new double[] {2, 0, 1}, Shape.of(3));
    sameNetwork(v, be -> new SimpleConvNet(be, new SimpleConvNet.Config(2, 10, 10, 4, 3, 1, 1, 8, 3, 0.3), Seeds.generator(64)),
        images, classes, "SimpleConvNet");
    // the numerical gradient runs on any backend through single-element reads and writes
    Sequential tiny = new TwoLayerNet(v.backend(), 3, 2, 2, 0.5, Activation.SIGMOID, Seeds.generator(65));
    Pair tx = random(v, 66, 1, 2, 3);
    Pair tt = pair(v, new double[] {1, 0}, Shape.of(2));
    Map<String, double[]> numerical = tiny.numericalGradient(tx.other(), tt.other());
    assertEquals(4, numerical.size());
  }

  /** A short training run reaches the same accuracy as on the CPU, from the same seed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void trainingReachesTheCpusAccuracy(Variant v) {
    MnistData data = MnistData.embedded();
    TrainerConfig config = TrainerConfig.textbookMlp(3, 5).withEvaluation(1000, 0);
    TrainingHistory cpu = new Trainer(new TwoLayerNet(CPU, 784, 50, 10, Seeds.generator(5, "init")), new Sgd(0.1), config,
        TrainingListener.NONE).fit(data.train(), data.test());
    TrainingHistory other = new Trainer(new TwoLayerNet(v.backend(), 784, 50, 10, Seeds.generator(5, "init")), new Sgd(0.1), config,
        TrainingListener.NONE).fit(data.train(), data.test());
    // stated tolerance: 1% of the test set for float32, 0.2% for float64 (exp and log round differently)
    double tolerance = v.backend().precision() == Precision.FLOAT64 ? 0.002 : 0.01;
    assertEquals(cpu.last().testAccuracy(), other.last().testAccuracy(), tolerance,
        "test accuracy after 3 epochs: CPU " + cpu.last().testAccuracy() + ", " + v + " " + other.last().testAccuracy());
    double lastCpu = cpu.losses()[cpu.losses().length - 1], lastOther = other.losses()[other.losses().length - 1];
    assertEquals(lastCpu, lastOther, v.backend().precision() == Precision.FLOAT64 ? 1e-6 : 1e-2, "last batch loss");
  }

  @Test
  void selectionByNameFindsTheOpenClBackendAndAutoFallsBackOnlyWithoutAGpu() {
    try (Backend be = Backends.open(new Backends.Request("opencl", 0, Precision.FLOAT32, BackendOptions.DEFAULT))) {
      assertEquals("opencl", be.name());
    }
    List<String> notices = new ArrayList<>();
    try (Backend be = Backends.open(new Backends.Request("auto", -1, Precision.FLOAT32, BackendOptions.DEFAULT), notices::add)) {
      boolean gpu = new OpenClProvider().devices().stream().anyMatch(BackendProvider.Device::gpu);
      assertEquals(gpu ? "opencl" : "cpu", be.name());
      assertEquals(gpu ? 0 : 1, notices.size(), notices.toString());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Backends.open(new Backends.Request("opencl", 99, Precision.FLOAT32, BackendOptions.DEFAULT)));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }
}
