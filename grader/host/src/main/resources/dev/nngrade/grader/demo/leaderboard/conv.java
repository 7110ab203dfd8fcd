package dev.nngrade.student;

import dev.nngrade.contract.leaderboard.ImageClassifier;
import dev.nngrade.contract.leaderboard.Weights;

/** Keeps a convolution layer of the exercises for later experiments: the restricted track allows fully-connected layers only. */
public class ImageClassifierImpl implements ImageClassifier {
  static final Class<?> NEXT_EXPERIMENT = ConvolutionLayerImpl.class;
  private final TwoLayerNetworkImpl net = new TwoLayerNetworkImpl(Weights.load(ImageClassifierImpl.class, "model.nnw"));

  @Override
  public double[][] classProbabilities(double[][] images) {
    return net.predict(images);
  }
}
