package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.AffineLayer;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.AFFINE_LAYER)
public abstract class AffineLayerContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-14, 1e-14);

  @Test
  @PublicInputs
  void smallBatchWorkedOutByHand(Implementations impl) {
    double[][] w = {{1, 0, 2}, {0, 1, 3}};
    AffineLayer layer = impl.create(AffineLayer.class, w, new double[] {1, 1, 1});
    double[][] x = {{1, 2}, {3, 4}};
    close("forward", new double[][] {{2, 3, 9}, {4, 5, 19}}, layer.forward(x), EXACT, "hint.affine-layer.forward");
    double[][] dout = {{1, 0, 1}, {0, 1, -1}};
    // dX = dY Wᵀ: (1+2, 0+3), (0−2, 1−3); dW = Xᵀ dY; db = column sums of dY
    close("dX = dY·Wᵀ", new double[][] {{3, 3}, {-2, -2}}, layer.backward(dout), EXACT, "hint.affine-layer.dx");
    close("dW = Xᵀ·dY", new double[][] {{1, 3, -2}, {2, 4, -2}}, layer.dW(), EXACT, "hint.affine-layer.dw");
    close("db = Σ_rows dY", new double[] {1, 1, 0}, layer.db(), EXACT, "hint.affine-layer.db");
  }

  @Test
  @Points(2)
  void backwardAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("numeric");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(4), in = 1 + r.nextInt(5), out = 1 + r.nextInt(5);
      double[][] w = Numeric.uniform(r, in, out, -1, 1);
      double[] b = Numeric.uniform(r, out, -1, 1);
      double[][] x = Numeric.uniform(r, n, in, -1, 1), dout = Numeric.uniform(r, n, out, -1, 1);
      AffineLayer layer = impl.create(AffineLayer.class, w, b);
      layer.forward(x);
      double[][] keptDout = Numeric.copy(dout);
      double[][] dx = layer.backward(dout);
      close("dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
      double[][] dw = Numeric.copy(layer.dW());
      double[] db = layer.db().clone();
      AffineLayer probe = impl.create(AffineLayer.class, w, b);
      java.util.function.DoubleSupplier loss = () -> Numeric.weightedSum(probe.forward(x), dout);
      Tolerance tol = Tolerance.of(1e-8, 1e-7);
      gradient("dX (" + n + "x" + in + ")", Numeric.gradient(x, loss), dx, tol, "hint.affine-layer.dx");
      gradient("dW (" + in + "x" + out + ")", Numeric.gradient(w, loss), dw, tol, "hint.affine-layer.dw");
      gradient("db", Numeric.gradient(b, loss), db, tol, "hint.affine-layer.db");
    }
  }

  @Test
  @PublicInputs
  void theLayerUsesTheArraysItWasGiven(Implementations impl) {
    double[][] w = {{1}};
    double[] b = {0};
    AffineLayer layer = impl.create(AffineLayer.class, w, b);
    w[0][0] = 2; // an optimizer updates parameters in place
    b[0] = 1;
    close("forward after W and b changed in place", new double[][] {{7}}, layer.forward(new double[][] {{3}}), EXACT, "hint.affine-layer.params");
  }
}
