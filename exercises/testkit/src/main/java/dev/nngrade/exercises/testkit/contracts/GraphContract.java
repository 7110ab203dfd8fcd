package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.AddLayer;
import dev.nngrade.contract.layer.MulLayer;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.GRAPH)
public abstract class GraphContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-12);

  @Test
  @PublicInputs
  void addGateDistributesTheGradient(Implementations impl) {
    AddLayer add = impl.get(AddLayer.class);
    close("AddLayer.forward(2, 3)", 5, add.forward(2, 3), EXACT, "hint.graph.add");
    close("AddLayer.backward(1.5)", new double[] {1.5, 1.5}, add.backward(1.5), EXACT, "hint.graph.add");
  }

  @Test
  @PublicInputs
  void mulGateSwitchesTheInputs(Implementations impl) {
    MulLayer mul = impl.get(MulLayer.class);
    close("MulLayer.forward(3, -4)", -12, mul.forward(3, -4), EXACT, "hint.graph.mul");
    close("MulLayer.backward(2) after forward(3, -4)", new double[] {-8, 6}, mul.backward(2), EXACT, "hint.graph.mul");
  }

  @Test
  @PublicInputs
  void fEqualsXyPlusZ(Implementations impl) {
    // lecture 001: f = xy + z with x = 3, y = −4, z = 2 → f = −10, ∂f/∂x = y, ∂f/∂y = x, ∂f/∂z = 1
    MulLayer mul = impl.get(MulLayer.class);
    AddLayer add = impl.get(AddLayer.class);
    double f = add.forward(mul.forward(3, -4), 2);
    close("f", -10, f, EXACT, "hint.graph.add");
    double[] dAdd = add.backward(1);
    double[] dMul = mul.backward(dAdd[0]);
    close("(∂f/∂x, ∂f/∂y, ∂f/∂z)", new double[] {-4, 3, 1}, new double[] {dMul[0], dMul[1], dAdd[1]}, EXACT, "hint.graph.chain");
  }

  @Test
  @PublicInputs
  void textbookApplePrice(Implementations impl) {
    // DLFS 5.4: 2 apples at 100 with 10 % tax cost 220; d price/d apple = 2.2, d/d count = 110, d/d tax = 200
    MulLayer apples = impl.get(MulLayer.class);
    MulLayer tax = impl.get(MulLayer.class);
    double price = tax.forward(apples.forward(100, 2), 1.1);
    close("price", 220, price, EXACT, "hint.graph.mul");
    double[] dTax = tax.backward(1);
    double[] dApples = apples.backward(dTax[0]);
    close("(d apple, d count, d tax)", new double[] {2.2, 110, 200}, new double[] {dApples[0], dApples[1], dTax[1]}, EXACT, "hint.graph.chain");
  }
}
