package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.layer.ActivationLayer;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Dropout;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fully connected network of any depth (DLFS {@code common/multi_layer_net.py} and, with dropout,
 * {@code multi_layer_net_extend.py}): {@code (Affine → activation [→ Dropout])* → Affine → softmax
 * with loss}. Weights follow the chosen {@link WeightInit}, drawn layer by layer.
 */
public final class MultiLayerNet extends Sequential {

  /** Dropout after each hidden activation; {@code ratio = 0} means none. */
  public record DropoutSpec(double ratio, Dropout.Convention convention) {
    public static final DropoutSpec NONE = new DropoutSpec(0.0, Dropout.Convention.SCALE_AT_INFERENCE);
  }

  public MultiLayerNet(
      Backend backend, int inputSize, int[] hiddenSizes, int outputSize, Activation activation, WeightInit init,
      RandomGenerator random) {
    this(backend, inputSize, hiddenSizes, outputSize, activation, init, DropoutSpec.NONE, random);
  }

  public MultiLayerNet(
      Backend backend, int inputSize, int[] hiddenSizes, int outputSize, Activation activation, WeightInit init,
      DropoutSpec dropout, RandomGenerator random) {
    super(backend, layers(backend, inputSize, hiddenSizes, outputSize, activation, init, dropout, random),
        new SoftmaxWithLoss());
  }

  private static List<Layer> layers(
      Backend be, int in, int[] hidden, int out, Activation activation, WeightInit init, DropoutSpec dropout,
      RandomGenerator random) {
    Checks.check(in > 0 && out > 0, () -> "input and output sizes must be positive, got " + in + " and " + out);
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = in;
    for (int i = 0; i < hidden.length; i++) {
      int h = hidden[i];
      Checks.check(h > 0, () -> "hidden layer sizes must be positive, got " + java.util.Arrays.toString(hidden));
      sizes[i + 1] = h;
    }
    sizes[sizes.length - 1] = out;
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i + 1 < sizes.length; i++) {
      int n = i + 1;
      Parameter w = Params.weight(be, "W" + n, Shape.of(sizes[i], sizes[i + 1]), sizes[i], init, random);
      Parameter b = Params.zeroBias(be, "b" + n, sizes[i + 1]);
      layers.add(new Affine(w, b));
      if (i + 2 < sizes.length) {
        layers.add(new ActivationLayer(activation));
        if (dropout.ratio() > 0) {
          layers.add(new Dropout(dropout.ratio(), dropout.convention(), random));
        }
      }
    }
    return layers;
  }
}
