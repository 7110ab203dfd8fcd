package dev.nngrade.grader.suites;

import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.ConvolutionContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference (judged in the host). */
public class ConvolutionHiddenTests extends ConvolutionContract {
  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  void forwardAndBackwardAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int stride = 1 + r.nextInt(2), pad = r.nextInt(2), f = 2 + r.nextInt(2), size = f + 2 + r.nextInt(4);
      double[][][][] x = Numeric.uniform(r, 2, 3, size, size, -1, 1), w = Numeric.uniform(r, 4, 3, f, f, -1, 1);
      double[] b = Numeric.uniform(r, 4, -1, 1);
      ConvolutionLayer student = impl.create(ConvolutionLayer.class, Numeric.copy(w), b.clone(), stride, pad);
      String what = " (stride " + stride + ", pad " + pad + ", filter " + f + ")";
      Judge.same("forward" + what, student.forward(Numeric.copy(x)), Tolerance.of(1e-12, 1e-12), "hint.conv.forward");
      int o = (size + 2 * pad - f) / stride + 1;
      double[][][][] dout = Numeric.uniform(r, 2, 4, o, o, -1, 1);
      Judge.same("dX" + what, student.backward(Numeric.copy(dout)), Tolerance.of(1e-12, 1e-12), "hint.conv.dx");
      Judge.same("dW" + what, student.dW(), Tolerance.of(1e-12, 1e-12), "hint.conv.dw");
    }
  }
}
