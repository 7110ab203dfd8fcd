package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.function.SquaredError;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LossLayerTests {
  static final CpuBackend BE = LayerContract.BACKEND;
  static final Shape SCORES = Shape.of(4, 5);
  static final double[] LABELS = {2, 0, 4, 1};

  static Tensor scores() {
    return BE.fromHost(Fixtures.gaussian(Fixtures.random(4), SCORES.size(), 2.0), SCORES);
  }

  static Tensor oneHot() {
    double[] t = new double[SCORES.size()];
    for (int i = 0; i < LABELS.length; i++) {
      t[i * 5 + (int) LABELS[i]] = 1;
    }
    return BE.fromHost(t, SCORES);
  }

  static GradientCheck.ParameterReport gradientReport(LossLayer loss, Tensor x, Tensor t) {
    loss.forward(x, t);
    double[] backprop = loss.backward().toArray();
    double[] numerical = NumericalGradient.of(() -> loss.forward(x, t), x);
    return GradientCheck.compare("scores", numerical, backprop);
  }

  static void checkBackward(LossLayer loss, Tensor x, Tensor t) {
    GradientCheck.ParameterReport r = gradientReport(loss, x, t);
    assertTrue(r.maxRelativeError() < 1e-7, () -> loss + ": " + r);
  }

  @Test
  void softmaxWithLossBackwardIsPMinusTOverN() {
    SoftmaxWithLoss l = new SoftmaxWithLoss();
    Tensor x = scores();
    l.forward(x, oneHot());
    double[] p = l.output().toArray();
    double[] t = oneHot().toArray();
    double[] expected = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      expected[i] = (p[i] - t[i]) / 4;
    }
    TensorAssertions.assertBitwiseEqual(expected, l.backward().toArray(), "(p - t) / N");
  }

  @Test
  void softmaxWithLossWithoutDeltaAgreesWithTheNumericalGradientForBothTargetForms() {
    checkBackward(new SoftmaxWithLoss(0.0), scores(), oneHot());
    checkBackward(new SoftmaxWithLoss(0.0), scores(), BE.fromHost(LABELS, Shape.of(4)));
  }

  /** With the textbook's δ = 1e-7 the backward ignores δ; the true gradient differs by about δ / p_t. */
  @Test
  void theTextbookDeltaShiftsTheTrueGradientByAboutDeltaOverP() {
    SoftmaxWithLoss l = new SoftmaxWithLoss();
    Tensor x = scores();
    GradientCheck.ParameterReport r = gradientReport(l, x, oneHot());
    double[] p = l.output().toArray();
    double minPt = 1;
    for (int i = 0; i < LABELS.length; i++) {
      minPt = Math.min(minPt, p[i * 5 + (int) LABELS[i]]);
    }
    double bound = 1e-7 + 1e-7 / minPt;
    assertTrue(r.maxRelativeError() > 1e-7, "the test data must make δ visible: " + r);
    assertTrue(r.maxRelativeError() < bound, r + " exceeds " + bound);
  }

  @Test
  void labelsAndOneHotRowsGiveTheSameLossAndGradient() {
    SoftmaxWithLoss a = new SoftmaxWithLoss(), b = new SoftmaxWithLoss();
    Tensor x = scores();
    assertEquals(a.forward(x, oneHot()), b.forward(x, BE.fromHost(LABELS, Shape.of(4))));
    TensorAssertions.assertBitwiseEqual(a.backward().toArray(), b.backward().toArray(), "dx");
  }

  @Test
  void aLabelOutsideTheClassesIsNamedWithItsRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SoftmaxWithLoss().forward(scores(), BE.fromHost(new double[] {0, 1, 5, 2}, Shape.of(4))));
    assertTrue(e.getMessage().contains("label 5.0 at row 2") && e.getMessage().contains("[0, 5)"), e.getMessage());
  }

  @Test
  void aTargetOfTheWrongShapeNamesBothShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SoftmaxWithLoss().forward(scores(), BE.zeros(Shape.of(4, 3))));
    assertTrue(e.getMessage().contains("[4, 3]") && e.getMessage().contains("[4, 5]"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(SquaredError.class)
  void identityWithLossAgreesWithTheNumericalGradient(SquaredError convention) {
    Tensor t = BE.fromHost(Fixtures.gaussian(Fixtures.random(5), SCORES.size(), 1.0), SCORES);
    checkBackward(new IdentityWithLoss(convention), scores(), t);
  }

  @ParameterizedTest
  @EnumSource(SquaredError.class)
  void identityWithLossMatchesTheHostFunction(SquaredError convention) {
    double[] y = {0.5, 1.5, -1}, t = {1, 1, 1};
    IdentityWithLoss l = new IdentityWithLoss(convention);
    double loss = l.forward(BE.fromHost(y, Shape.of(1, 3)), BE.fromHost(t, Shape.of(1, 3)));
    assertEquals(convention.of(y, t), loss);
    TensorAssertions.assertClose(convention.gradient(y, t), l.backward(), Tolerance.EXACT, "gradient");
  }
}
