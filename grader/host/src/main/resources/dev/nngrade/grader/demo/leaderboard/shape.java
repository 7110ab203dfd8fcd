package dev.nngrade.student;

import dev.nngrade.contract.leaderboard.ImageClassifier;
import dev.nngrade.contract.leaderboard.Weights;
import java.util.Arrays;

/** Drops the last class by an off-by-one: nine columns instead of ten. */
public class ImageClassifierImpl implements ImageClassifier {
  private final TwoLayerNetworkImpl net = new TwoLayerNetworkImpl(Weights.load(ImageClassifierImpl.class, "model.nnw"));

  @Override
  public double[][] classProbabilities(double[][] images) {
    double[][] y = net.predict(images);
    for (int n = 0; n < y.length; n++) {
      y[n] = Arrays.copyOf(y[n], y[n].length - 1);
    }
    return y;
  }
}
