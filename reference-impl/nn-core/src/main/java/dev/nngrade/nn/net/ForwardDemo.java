package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.function.CrossEntropy;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.Relu;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;

/**
 * Lecture 002's forward demo (実装演習, 確認テスト4): {@code u1 = x W1 + b1}, {@code z1 = ReLU(u1)},
 * {@code u2 = z1 W2 + b2}, {@code y = softmax(u2)}, and the cross-entropy of {@code y} against a
 * target. {@link #LECTURE_002} holds the weights the lecture printed for its 3-5-4 network.
 */
public final class ForwardDemo {

  /** Every intermediate value of one forward pass, as the lecture prints them. */
  public record Trace(double[] u1, double[] z1, double[] u2, double[] y) {}

  /** The weights printed in lecture 002 (8 significant digits), W1 {@code [3][5]}, b1 {@code [5]}, W2 {@code [5][4]}, b2 {@code [4]}. */
  public record Weights(double[][] w1, double[] b1, double[][] w2, double[] b2) {}

  public static final Weights LECTURE_002 =
      new Weights(
          new double[][] {
            {0.82170159, 0.69423859, 0.32978581, 0.80963016, 0.63349563},
            {0.303549, 0.0483753, 0.48834144, 0.14278324, 0.73894736},
            {0.97807563, 0.32094065, 0.25591134, 0.61541109, 0.92212197}
          },
          new double[] {0.38976826, 0.4170236, 0.05199498, 0.45549633, 0.09089713},
          new double[][] {
            {0.24863542, 0.8769228, 0.24340611, 0.82396951},
            {0.85398749, 0.90928363, 0.80615185, 0.84388483},
            {0.2422982, 0.49443733, 0.65472751, 0.61487176},
            {0.03586267, 0.62239113, 0.53038497, 0.22515723},
            {0.73841218, 0.01617789, 0.97770196, 0.12256726}
          },
          new double[] {0.47536492, 0.90916441, 0.18436067, 0.28082877});

  private final Backend backend;
  private final Affine layer1;
  private final Relu relu = new Relu();
  private final Affine layer2;
  private final int inputs;

  public ForwardDemo(Backend backend, Weights weights) {
    this.backend = backend;
    this.inputs = weights.w1().length;
    this.layer1 = affine(backend, "1", weights.w1(), weights.b1());
    this.layer2 = affine(backend, "2", weights.w2(), weights.b2());
  }

  private static Affine affine(Backend be, String n, double[][] w, double[] b) {
    int rows = w.length, cols = w[0].length;
    double[] flat = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      int row = i;
      Checks.check(w[i].length == cols, () -> "W" + n + " is ragged: row " + row + " has " + w[row].length + " columns, expected " + cols);
      System.arraycopy(w[i], 0, flat, i * cols, cols);
    }
    return new Affine(new Parameter("W" + n, be.fromHost(flat, Shape.of(rows, cols))),
        new Parameter("b" + n, be.fromHost(b, Shape.of(b.length))));
  }

  public Trace forward(double[] x) {
    Checks.check(x.length == inputs, () -> "ForwardDemo: x has " + x.length + " elements, expected " + inputs);
    Tensor u1 = layer1.forward(backend.fromHost(x, Shape.of(1, x.length)), false);
    double[] u1v = u1.toArray();
    Tensor z1 = relu.forward(u1, false);
    double[] z1v = z1.toArray();
    Tensor u2 = layer2.forward(z1, false);
    Tensor y = backend.zeros(u2.shape());
    backend.softmaxRows(u2, y);
    return new Trace(u1v, z1v, u2.toArray(), y.toArray());
  }

  /** Lecture 002's {@code cross_entropy_error(d, y)} for a one-hot {@code d}. */
  public static double crossEntropy(double[] y, double[] d) {
    return CrossEntropy.of(y, d);
  }
}
