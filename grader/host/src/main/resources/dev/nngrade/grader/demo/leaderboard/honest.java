package dev.nngrade.student;

import dev.nngrade.contract.leaderboard.ImageClassifier;
import dev.nngrade.contract.leaderboard.Weights;

/** The trained TwoLayerNet of the exercises, its weights saved with Weights.write after training. */
public class ImageClassifierImpl implements ImageClassifier {
  private final TwoLayerNetworkImpl net = new TwoLayerNetworkImpl(Weights.load(ImageClassifierImpl.class, "model.nnw"));

  @Override
  public double[][] classProbabilities(double[][] images) {
    return net.predict(images);
  }
}
