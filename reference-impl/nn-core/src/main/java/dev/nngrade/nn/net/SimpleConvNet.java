package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Convolution;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.MaxPooling;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.Relu;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The textbook's SimpleConvNet (DLFS ch07 {@code simple_convnet.py}): {@code Convolution → ReLU →
 * MaxPooling(2×2, stride 2) → Affine → ReLU → Affine → softmax with loss}, weights {@code std ·
 * N(0,1)} in the order W1, b1, W2, b2, W3, b3.
 *
 * <p>One deliberate difference in work, not in results: the convolution's input gradient, which the
 * textbook computes and throws away, is skipped.
 */
public final class SimpleConvNet extends Sequential {

  /** The textbook's hyper-parameters; {@link #TEXTBOOK} is {@code conv 30×5×5, stride 1, pad 0, hidden 100, std 0.01} on 1×28×28. */
  public record Config(
      int channels, int height, int width, int filters, int filterSize, int stride, int pad, int hiddenSize,
      int outputSize, double weightInitStd) {
    public static final Config TEXTBOOK = new Config(1, 28, 28, 30, 5, 1, 0, 100, 10, 0.01);

    public Config withInput(int channels, int height, int width) {
      return new Config(channels, height, width, filters, filterSize, stride, pad, hiddenSize, outputSize, weightInitStd);
    }

    public Config withHidden(int hiddenSize) {
      return new Config(channels, height, width, filters, filterSize, stride, pad, hiddenSize, outputSize, weightInitStd);
    }
  }

  public SimpleConvNet(Backend backend, RandomGenerator random) {
    this(backend, Config.TEXTBOOK, random);
  }

  public SimpleConvNet(Backend backend, Config config, RandomGenerator random) {
    super(backend, layers(backend, config, random), new SoftmaxWithLoss());
    skipFirstInputGradient();
  }

  private static List<Layer> layers(Backend be, Config c, RandomGenerator random) {
    int convOut = ConvGeometry.outputSize(c.height(), c.filterSize(), c.stride(), c.pad());
    int convOutW = ConvGeometry.outputSize(c.width(), c.filterSize(), c.stride(), c.pad());
    Checks.check(
        convOut >= 2 && convOutW >= 2 && convOut % 2 == 0 && convOutW % 2 == 0,
        () -> "SimpleConvNet: the convolution output " + convOut + "x" + convOutW + " must be even for 2x2 pooling; "
            + "adjust filter size, stride or pad");
    int pooled = c.filters() * (convOut / 2) * (convOutW / 2);
    WeightInit init = WeightInit.std(c.weightInitStd());
    int patch = c.channels() * c.filterSize() * c.filterSize();
    Parameter w1 = Params.weight(be, "W1", Shape.of(c.filters(), c.channels(), c.filterSize(), c.filterSize()), patch, init, random);
    Parameter b1 = Params.zeroBias(be, "b1", c.filters());
    Parameter w2 = Params.weight(be, "W2", Shape.of(pooled, c.hiddenSize()), pooled, init, random);
    Parameter b2 = Params.zeroBias(be, "b2", c.hiddenSize());
    Parameter w3 = Params.weight(be, "W3", Shape.of(c.hiddenSize(), c.outputSize()), c.hiddenSize(), init, random);
    Parameter b3 = Params.zeroBias(be, "b3", c.outputSize());
    return List.of(
        new Convolution(w1, b1, c.stride(), c.pad()),
        new Relu(),
        new MaxPooling(2, 2, 2, 0),
        new Affine(w2, b2),
        new Relu(),
        new Affine(w3, b3));
  }
}
