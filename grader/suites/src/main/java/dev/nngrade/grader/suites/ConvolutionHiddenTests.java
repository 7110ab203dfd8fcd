package dev.nngrade.grader.suites;

import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.exercises.testkit.Expect;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.solution.ConvolutionLayerImpl;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import dev.nngrade.exercises.testkit.contracts.ConvolutionContract;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference solution. */
public class ConvolutionHiddenTests extends ConvolutionContract {
  @Override
  protected long seed() {
    return HiddenSeeds.of(getClass());
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
      ConvolutionLayer reference = new ConvolutionLayerImpl(Numeric.copy(w), b.clone(), stride, pad);
      ConvolutionLayer student = impl.create(ConvolutionLayer.class, w, b, stride, pad);
      double[][][][] expected = reference.forward(x);
      String what = " (stride " + stride + ", pad " + pad + ", filter " + f + ")";
      Expect.close("forward" + what, expected, student.forward(Numeric.copy(x)), Tolerance.of(1e-12, 1e-12), "hint.conv.forward");
      int o = expected[0][0].length;
      double[][][][] dout = Numeric.uniform(r, 2, 4, o, o, -1, 1);
      Expect.close("dX" + what, reference.backward(dout), student.backward(Numeric.copy(dout)), Tolerance.of(1e-12, 1e-12), "hint.conv.dx");
      Expect.close("dW" + what, reference.dW(), student.dW(), Tolerance.of(1e-12, 1e-12), "hint.conv.dw");
    }
  }
}
