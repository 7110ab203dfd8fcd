package dev.nngrade.solution;

import dev.nngrade.contract.train.SoftmaxClassifier;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.optim.Sgd;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.List;

/** Softmax regression: one nn-core Affine layer with softmax and cross-entropy, trained by SGD, weights starting at 0. */
public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private final int classes;
  private final Parameter w;
  private final Parameter b;
  private final Sequential net;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    this.classes = classes;
    this.w = new Parameter("W", Host.CPU.zeros(Shape.of(inputs, classes)));
    this.b = new Parameter("b", Host.CPU.zeros(Shape.of(classes)));
    this.net = new Sequential(Host.CPU, List.of(new Affine(w, b)), new SoftmaxWithLoss());
  }

  @Override
  public double[][] probabilities(double[][] x) {
    return Softmax.rows(Host.matrix(net.predict(Host.matrix("x", x))));
  }

  @Override
  public int[] predict(double[][] x) {
    return Host.CPU.argmaxRows(net.predict(Host.matrix("x", x)));
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    if (labels.length != x.length) {
      throw new IllegalArgumentException("softmax classifier: " + x.length + " rows but " + labels.length + " labels");
    }
    double[] oneHot = new double[x.length * classes];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is not in [0, " + classes + ")");
      }
      oneHot[i * classes + labels[i]] = 1;
    }
    Tensor t = Host.CPU.fromHost(oneHot, Shape.of(x.length, classes));
    double loss = net.gradient(Host.matrix("x", x), t);
    new Sgd(learningRate).update(net.parameters());
    return loss;
  }

  @Override
  public double[][] weights() {
    return Host.matrix(w.value());
  }

  @Override
  public double[] bias() {
    return b.value().toArray();
  }
}
