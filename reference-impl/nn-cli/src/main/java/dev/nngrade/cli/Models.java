package dev.nngrade.cli;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.net.SimpleConvNet;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.optim.Optimizer;
import dev.nngrade.nn.train.TrainerConfig;
import java.util.Locale;

/** The two textbook models the command line trains, with their textbook defaults. */
enum Models {
  /** TwoLayerNet 784-H-10 (DLFS ch04), SGD lr 0.1. */
  MLP("sgd", 0.1),
  /** SimpleConvNet (DLFS ch07), Adam lr 0.001. */
  CNN("adam", 0.001);

  final String defaultOptimizer;
  final double defaultLearningRate;

  Models(String optimizer, double lr) {
    this.defaultOptimizer = optimizer;
    this.defaultLearningRate = lr;
  }

  static Models parse(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "mlp", "two-layer", "twolayernet" -> MLP;
      case "cnn", "simpleconvnet", "conv" -> CNN;
      default -> throw new IllegalArgumentException("unknown model '" + s + "'; expected mlp or cnn");
    };
  }

  Sequential build(Backend be, int inputChannels, int height, int width, int classes, int hidden, Activation activation, long seed) {
    var init = Seeds.generator(seed, "init");
    return switch (this) {
      case MLP -> new TwoLayerNet(be, inputChannels * height * width, hidden, classes, 0.01, activation, init);
      case CNN ->
          new SimpleConvNet(be, SimpleConvNet.Config.TEXTBOOK.withInput(inputChannels, height, width).withHidden(hidden), init);
    };
  }

  /** The textbook's model on 1x28x28 images of 10 classes (sigmoid hidden layer for mlp), as the anchors run it. */
  Sequential textbook(Backend be, long seed) {
    return build(be, 1, 28, 28, 10, defaultHidden(), Activation.SIGMOID, seed);
  }

  TrainerConfig config(int epochs, long seed) {
    return this == MLP ? TrainerConfig.textbookMlp(epochs, seed) : TrainerConfig.textbookCnn(epochs, seed);
  }

  Optimizer optimizer(String name, Double lr) {
    return Optimizer.byName(name == null ? defaultOptimizer : name, lr == null ? defaultLearningRate : lr);
  }

  /** The textbook's length of training: ch04 runs 10 000 iterations (about 17 epochs of 600), ch07 20 epochs. */
  int defaultEpochs() {
    return this == MLP ? 17 : 20;
  }

  int defaultHidden() {
    return this == MLP ? 50 : 100;
  }
}
