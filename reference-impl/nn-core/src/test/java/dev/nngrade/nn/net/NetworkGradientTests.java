package dev.nngrade.nn.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.Kinks;
import dev.nngrade.nn.testkit.TensorAssertions;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every network's backprop against its numerical gradient, to a maximum relative error of 1e-7.
 *
 * <p>Three things make that bound meaningful rather than lucky: the loss head is rebuilt with {@code
 * δ = 0} (see {@link SoftmaxWithLoss}) so that backprop is the exact gradient of the loss it is
 * compared with; the oracle is {@link NumericalGradient#extrapolated}, whose error is far below 1e-7
 * (the textbook's h = 1e-4 central difference errs by about h²/6·f''', near 1e-7 relative on these
 * networks, and is checked against a 1e-5 bound); and inputs are drawn until no ReLU input or
 * max-pool window is within 0.01 of a kink, which the perturbation could otherwise cross.
 */
class NetworkGradientTests {
  static final CpuBackend BE = new CpuBackend(2);
  static final double KINK_MARGIN = 0.01;

  @AfterAll
  static void close() {
    BE.close();
  }

  record Case(Sequential net, Tensor x, Tensor t) {}

  static Sequential exact(Sequential net) {
    return new Sequential(net.backend(), net.layers(), new SoftmaxWithLoss(0.0));
  }

  static Tensor labels(int n, int classes, long seed) {
    var r = Fixtures.random(seed);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = r.nextInt(classes);
    }
    return BE.fromHost(t, Shape.of(n));
  }

  /** The first case, from seed {@code base} on, whose input keeps {@link #KINK_MARGIN} from every kink. */
  static Case kinkFree(long base, LongFunction<Case> make) {
    for (long s = base; s < base + 500; s++) {
      Case c = make.apply(s);
      if (Kinks.margin(c.net(), c.x()) >= KINK_MARGIN) {
        return c;
      }
    }
    throw new IllegalStateException("no kink-free case in 500 seeds from " + base);
  }

  static void assertGradients(Case c) {
    Sequential e = exact(c.net());
    Map<String, double[]> backprop = e.gradientMap(c.x(), c.t());
    GradientCheck.Report tight = GradientCheck.compare(e.numericalGradient(c.x(), c.t(), NumericalGradient.Method.EXTRAPOLATED), backprop);
    assertTrue(tight.passes(1e-7), () -> "extrapolated: " + tight.summary());
    GradientCheck.Report textbook = GradientCheck.compare(e.numericalGradient(c.x(), c.t()), backprop);
    assertTrue(textbook.passes(1e-5), () -> "textbook central difference: " + textbook.summary());
  }

  static Tensor input(long seed, Shape shape) {
    return BE.fromHost(Fixtures.gaussian(Fixtures.random(seed), shape.size(), 1), shape);
  }

  @ParameterizedTest
  @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU", "LEAKY_RELU"})
  void twoLayerNet(Activation activation) {
    assertGradients(kinkFree(1, s -> new Case(
        new TwoLayerNet(BE, 12, 7, 4, 0.5, activation, Seeds.generator(s)), input(s + 1000, Shape.of(5, 12)), labels(5, 4, s))));
  }

  @Test
  void twoLayerNetWithOneHotTargets() {
    Tensor t = BE.fromHost(new double[] {1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0}, Shape.of(4, 3));
    assertGradients(new Case(new TwoLayerNet(BE, 6, 5, 3, 0.5, Activation.SIGMOID, Seeds.generator(4)), input(5, Shape.of(4, 6)), t));
  }

  @ParameterizedTest
  @EnumSource(value = WeightInit.Kind.class)
  void multiLayerNetOfDepthFour(WeightInit.Kind kind) {
    WeightInit init = kind == WeightInit.Kind.STD ? WeightInit.std(0.5) : new WeightInit(kind, Double.NaN);
    for (Activation a : new Activation[] {Activation.TANH, Activation.RELU}) {
      Case c = kinkFree(6, s -> new Case(
          new MultiLayerNet(BE, 8, new int[] {6, 5, 4}, 3, a, init, Seeds.generator(s)), input(s + 1000, Shape.of(4, 8)), labels(4, 3, s)));
      assertEquals(8, c.net().parameters().size());
      assertGradients(c);
    }
  }

  @Test
  void simpleConvNetOnSmallImages() {
    SimpleConvNet.Config config = new SimpleConvNet.Config(2, 8, 8, 3, 3, 1, 0, 6, 4, 0.3);
    assertGradients(kinkFree(9, s -> new Case(
        new SimpleConvNet(BE, config, Seeds.generator(s)), input(s + 1000, Shape.of(3, 2, 8, 8)), labels(3, 4, s))));
  }

  @Test
  void simpleConvNetWithPaddingAndStride() {
    SimpleConvNet.Config config = new SimpleConvNet.Config(1, 9, 9, 2, 3, 2, 2, 5, 3, 0.4);
    assertGradients(kinkFree(12, s -> new Case(
        new SimpleConvNet(BE, config, Seeds.generator(s)), input(s + 1000, Shape.of(2, 1, 9, 9)), labels(2, 3, s))));
  }

  /**
   * The layer-by-layer numerical gradient (only later layers rerun, an affine layer recomputing one
   * column, inputs of zeros recognised) gives the same bits as perturbing and running the whole network.
   */
  @Test
  void layerwiseNumericalGradientEqualsTheFullRecomputation() {
    SimpleConvNet cnn = new SimpleConvNet(BE, new SimpleConvNet.Config(1, 6, 6, 2, 3, 1, 0, 4, 3, 0.3), Seeds.generator(15));
    assertSameAsFullRecomputation(cnn, input(16, Shape.of(2, 1, 6, 6)), labels(2, 3, 17));
    TwoLayerNet mlp = new TwoLayerNet(BE, 20, 6, 3, 0.5, Activation.SIGMOID, Seeds.generator(18));
    double[] x = Fixtures.gaussian(Fixtures.random(19), 3 * 20, 1);
    for (int i = 0; i < x.length; i += 3) {
      x[i] = 0; // some input columns all zero, some partly
    }
    for (int r = 0; r < 3; r++) {
      x[r * 20 + 4] = 0;
    }
    assertSameAsFullRecomputation(mlp, BE.fromHost(x, Shape.of(3, 20)), labels(3, 3, 20));
  }

  static void assertSameAsFullRecomputation(Sequential net, Tensor x, Tensor t) {
    for (NumericalGradient.Method method : NumericalGradient.Method.values()) {
      Map<String, double[]> fast = net.numericalGradient(x, t, method);
      for (Parameter p : net.parameters()) {
        double[] full = NumericalGradient.of(method, () -> net.loss(x, t), p.value());
        TensorAssertions.assertBitwiseEqual(full, fast.get(p.name()), p.name() + " " + method);
      }
    }
  }

  @Test
  void theTextbookInitDrawsWeightsInOrderAndZeroBiases() {
    TwoLayerNet a = new TwoLayerNet(BE, 784, 50, 10, Seeds.generator(0));
    List<String> names = a.parameters().stream().map(Parameter::name).toList();
    assertEquals(List.of("W1", "b1", "W2", "b2"), names);
    var r = Seeds.generator(0);
    double[] w1 = a.parameters().get(0).value().toArray();
    for (int i = 0; i < 5; i++) {
      assertEquals(0.01 * r.nextGaussian(), w1[i]);
    }
    for (double b : a.parameters().get(1).value().toArray()) {
      assertEquals(0.0, b);
    }
    SimpleConvNet cnn = new SimpleConvNet(BE, Seeds.generator(0));
    assertEquals(List.of(Shape.of(30, 1, 5, 5), Shape.of(30), Shape.of(4320, 100), Shape.of(100), Shape.of(100, 10), Shape.of(10)),
        cnn.parameters().stream().map(p -> p.value().shape()).toList());
  }

  @Test
  void heAndXavierScaleWithTheFanIn() {
    assertEquals(Math.sqrt(2.0 / 784), WeightInit.he().scale(784));
    assertEquals(Math.sqrt(1.0 / 50), WeightInit.xavier().scale(50));
    assertEquals(0.01, WeightInit.parse("0.01").scale(784));
  }

  @Test
  void accuracyCountsRowsWhoseLargestScoreIsTheTarget() {
    TwoLayerNet net = new TwoLayerNet(BE, 2, 3, 2, 1.0, Activation.SIGMOID, Seeds.generator(1));
    Tensor x = BE.fromHost(new double[] {0, 0, 1, 1}, Shape.of(2, 2));
    double[] scores = net.predict(x).toArray();
    int first = scores[0] >= scores[1] ? 0 : 1, second = scores[2] >= scores[3] ? 0 : 1;
    assertEquals(1.0, net.accuracy(x, BE.fromHost(new double[] {first, second}, Shape.of(2))));
    assertEquals(0.5, net.accuracy(x, BE.fromHost(new double[] {first, 1 - second}, Shape.of(2))));
  }
}
