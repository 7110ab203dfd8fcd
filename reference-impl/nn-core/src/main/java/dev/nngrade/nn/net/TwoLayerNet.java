package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.layer.ActivationLayer;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.tensor.Shape;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The textbook's TwoLayerNet (DLFS ch04 {@code two_layer_net.py}, lecture 004): {@code Affine →
 * sigmoid → Affine → softmax with cross-entropy}, weights {@code 0.01 · N(0,1)} drawn in the order
 * W1, b1, W2, b2 (biases 0). ch05's variant uses ReLU; pass it as the activation.
 */
public final class TwoLayerNet extends Sequential {

  public TwoLayerNet(Backend backend, int inputSize, int hiddenSize, int outputSize, RandomGenerator random) {
    this(backend, inputSize, hiddenSize, outputSize, 0.01, Activation.SIGMOID, random);
  }

  public TwoLayerNet(
      Backend backend, int inputSize, int hiddenSize, int outputSize, double weightInitStd, Activation activation,
      RandomGenerator random) {
    super(backend, layers(backend, inputSize, hiddenSize, outputSize, WeightInit.std(weightInitStd), activation, random),
        new SoftmaxWithLoss());
    skipFirstInputGradient(); // ch04's gradient() never forms dL/dx
  }

  private static List<Layer> layers(
      Backend be, int in, int hidden, int out, WeightInit init, Activation activation, RandomGenerator random) {
    Parameter w1 = Params.weight(be, "W1", Shape.of(in, hidden), in, init, random);
    Parameter b1 = Params.zeroBias(be, "b1", hidden);
    Parameter w2 = Params.weight(be, "W2", Shape.of(hidden, out), hidden, init, random);
    Parameter b2 = Params.zeroBias(be, "b2", out);
    return List.of(new Affine(w1, b1), new ActivationLayer(activation), new Affine(w2, b2));
  }
}
