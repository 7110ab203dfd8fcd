package dev.nngrade.exercises.testkit.contracts;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.Optimizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in network and optimizer that record how a training loop calls them: which rows each
 * batch held, in which order gradient, update, loss and accuracy were called, and with which maps.
 * Its accuracy changes with every update, so the moment an accuracy was taken shows in its value.
 *
 * <ul>
 *   <li>{@link #counting()}: the public tests' network. {@code loss} returns how many times it was
 *       called; {@code accuracy(x, t)} returns the number of updates so far plus {@code x.length /
 *       1000} (the training and test sets differ in size); {@code update} only records.
 *   <li>{@link #learning()}: a network that learns, for trajectories compared with the reference's.
 *       Parameters {@code W1 = [[w]]} and {@code b1 = [[c]]}, both starting at 0; on a batch, {@code
 *       gradient} is {@code (w − mean x[k][0], c − mean t[k][0])}, {@code loss} the batch mean of
 *       {@code ½(w − x[k][0])² + ½(c − t[k][0])²}, {@code accuracy} the fraction of rows with {@code
 *       x[k][0] < w}, and as an optimizer it takes the step {@code p ← p − 0.5·g} for every key of the
 *       gradient map, on the map it is given.
 * </ul>
 *
 * All of its arithmetic is its own and deterministic: the same calls give the same values on every JVM.
 */
public final class RecordingNetwork implements TwoLayerNetwork, Optimizer {
  /** The learning network's step size as an optimizer. */
  public static final double LEARNING_RATE = 0.5;

  private final boolean learns;
  final Map<String, double[][]> params = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  final List<double[][]> batches = new ArrayList<>();
  final List<double[][]> targets = new ArrayList<>();
  final List<Map<String, double[][]>> gradients = new ArrayList<>();
  final List<Map<String, double[][]>> updatedParams = new ArrayList<>();
  final List<Map<String, double[][]>> updatedGrads = new ArrayList<>();
  private final List<double[]> trajectory = new ArrayList<>();
  private final List<int[]> accuracyMoments = new ArrayList<>();
  private int losses;
  private int updates;
  private int gradientCalls;

  private RecordingNetwork(boolean learns) {
    this.learns = learns;
    params.put("W1", new double[1][1]);
    if (learns) {
      params.put("b1", new double[1][1]);
    }
  }

  /** The public tests' network (see the class comment). */
  public static RecordingNetwork counting() {
    return new RecordingNetwork(false);
  }

  /** The network that learns (see the class comment). */
  public static RecordingNetwork learning() {
    return new RecordingNetwork(true);
  }

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
    losses++;
    if (!learns) {
      return losses;
    }
    double w = params.get("W1")[0][0], c = params.get("b1")[0][0], s = 0;
    for (int k = 0; k < x.length; k++) {
      double dw = w - x[k][0], dc = c - t[k][0];
      s += 0.5 * dw * dw + 0.5 * dc * dc;
    }
    return s / x.length;
  }

  /** Counting: updates so far + rows / 1000. Learning: the fraction of rows with {@code x[k][0] < w}. */
  @Override
  public double accuracy(double[][] x, double[][] t) {
    calls.add("accuracy");
    accuracyMoments.add(new int[] {gradientCalls, updates, losses});
    if (!learns) {
      return updates + x.length / 1000.0;
    }
    double w = params.get("W1")[0][0];
    int below = 0;
    for (double[] row : x) {
      below += row[0] < w ? 1 : 0;
    }
    return below / (double) x.length;
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    calls.add("numericalGradient");
    return gradientOf(x, t);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    calls.add("gradient");
    gradientCalls++;
    batches.add(x);
    targets.add(t);
    Map<String, double[][]> g = gradientOf(x, t);
    gradients.add(g);
    return g;
  }

  private Map<String, double[][]> gradientOf(double[][] x, double[][] t) {
    Map<String, double[][]> g = new LinkedHashMap<>();
    if (!learns) {
      g.put("W1", new double[][] {{gradients.size()}});
      return g;
    }
    double mx = 0, mt = 0;
    for (int k = 0; k < x.length; k++) {
      mx += x[k][0];
      mt += t[k][0];
    }
    g.put("W1", new double[][] {{params.get("W1")[0][0] - mx / x.length}});
    g.put("b1", new double[][] {{params.get("b1")[0][0] - mt / t.length}});
    return g;
  }

  @Override
  public void update(Map<String, double[][]> p, Map<String, double[][]> g) {
    calls.add("update");
    updates++;
    updatedParams.add(p);
    updatedGrads.add(g);
    if (learns) {
      for (var e : g.entrySet()) {
        double[][] target = p.get(e.getKey());
        if (target != null) {
          for (int i = 0; i < target.length; i++) {
            for (int j = 0; j < target[i].length; j++) {
              target[i][j] -= LEARNING_RATE * e.getValue()[i][j];
            }
          }
        }
      }
      trajectory.add(new double[] {params.get("W1")[0][0], params.get("b1")[0][0]});
    }
  }

  /** The calls in order: {@code gradient}, {@code update}, {@code loss}, {@code accuracy}, ... */
  public List<String> calls() {
    return Collections.unmodifiableList(calls);
  }

  /** The first input column of every batch given to {@code gradient}, batch after batch (the learning tests' rows hold their index there). */
  public double[] drawnRows() {
    return batches.stream().flatMap(b -> java.util.Arrays.stream(b).map(row -> row[0])).mapToDouble(Double::doubleValue).toArray();
  }

  /** The first target column of every batch given to {@code gradient}, batch after batch. */
  public double[] drawnTargets() {
    return targets.stream().flatMap(b -> java.util.Arrays.stream(b).map(row -> row[0])).mapToDouble(Double::doubleValue).toArray();
  }

  /** The learning network's {@code (W1, b1)} after every update, flattened. */
  public double[] trajectory() {
    return trajectory.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  /**
   * For every {@code accuracy} call: how many times {@code gradient}, {@code update} and {@code loss}
   * had been called before it.
   */
  public List<int[]> accuracyMoments() {
    return accuracyMoments.stream().map(int[]::clone).toList();
  }

  /** How many times {@code update} was called on this object, and whether every call got {@link #params()} itself. */
  public int updates() {
    return updates;
  }

  public boolean everyUpdateGotTheNetworksParameters() {
    return updatedParams.stream().allMatch(p -> p == params);
  }

  /** Whether every update got the very gradient map returned by the {@code gradient} call of its iteration. */
  public boolean everyUpdateGotItsIterationsGradients() {
    if (updatedGrads.size() > gradients.size()) {
      return false;
    }
    for (int i = 0; i < updatedGrads.size(); i++) {
      if (updatedGrads.get(i) != gradients.get(i)) {
        return false;
      }
    }
    return true;
  }
}
