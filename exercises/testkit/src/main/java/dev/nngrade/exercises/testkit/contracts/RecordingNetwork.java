package dev.nngrade.exercises.testkit.contracts;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.Optimizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in network and optimizer that record how a training loop calls them: which rows each
 * batch held, in which order gradient, update and loss were called, and with which maps.
 */
final class RecordingNetwork implements TwoLayerNetwork, Optimizer {
  final Map<String, double[][]> params = new LinkedHashMap<>(Map.of("W1", new double[1][1]));
  final List<String> calls = new ArrayList<>();
  final List<double[][]> batches = new ArrayList<>();
  final List<double[][]> targets = new ArrayList<>();
  final List<Map<String, double[][]>> gradients = new ArrayList<>();
  final List<Map<String, double[][]>> updatedParams = new ArrayList<>();
  final List<Map<String, double[][]>> updatedGrads = new ArrayList<>();
  private int losses;

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  @Override
  public double[][] predict(double[][] x) {
    calls.add("predict");
    return new double[x.length][1];
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    calls.add("loss");
    return ++losses;
  }

  /** Tells the training and test sets apart by their size. */
  @Override
  public double accuracy(double[][] x, double[][] t) {
    calls.add("accuracy");
    return x.length / 1000.0;
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    calls.add("numericalGradient");
    return Map.of("W1", new double[1][1]);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    calls.add("gradient");
    batches.add(x);
    targets.add(t);
    Map<String, double[][]> g = Map.of("W1", new double[][] {{gradients.size()}});
    gradients.add(g);
    return g;
  }

  @Override
  public void update(Map<String, double[][]> p, Map<String, double[][]> g) {
    calls.add("update");
    updatedParams.add(p);
    updatedGrads.add(g);
  }
}
