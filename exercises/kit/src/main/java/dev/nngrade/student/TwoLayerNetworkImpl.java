package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.Map;

/** {@link TwoLayerNetwork} の実装（課題: two-layer-net）。 Your implementation; the interface's Javadoc states the formula. */
public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private final Map<String, double[][]> params;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    this.params = params;
  }

  @Override
  public Map<String, double[][]> params() {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.params");
  }

  @Override
  public double[][] predict(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.predict");
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.loss");
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.accuracy");
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.numericalGradient");
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.TWO_LAYER_NET, "TwoLayerNetworkImpl.gradient");
  }
}
