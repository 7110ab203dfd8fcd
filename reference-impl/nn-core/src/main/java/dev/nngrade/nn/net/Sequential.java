package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.LossLayer;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stack of layers and a loss layer: the textbook's {@code OrderedDict} of layers plus {@code lastLayer}. */
public class Sequential implements Network {
  private final Backend backend;
  private final List<Layer> layers;
  private final LossLayer lossLayer;
  private final List<Parameter> parameters;

  public Sequential(Backend backend, List<? extends Layer> layers, LossLayer lossLayer) {
    Checks.check(!layers.isEmpty(), () -> "a network needs at least one layer");
    this.backend = backend;
    this.layers = List.copyOf(layers);
    this.lossLayer = lossLayer;
    List<Parameter> ps = new ArrayList<>();
    for (Layer l : this.layers) {
      ps.addAll(l.parameters());
    }
    this.parameters = List.copyOf(ps);
  }

  @Override
  public Backend backend() {
    return backend;
  }

  public List<Layer> layers() {
    return layers;
  }

  public LossLayer lossLayer() {
    return lossLayer;
  }

  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  /** Runs layers {@code [from, end)} on {@code x}. */
  private Tensor forwardFrom(int from, Tensor x, boolean train) {
    Tensor h = x;
    for (int i = from; i < layers.size(); i++) {
      h = layers.get(i).forward(h, train);
    }
    return h;
  }

  @Override
  public Tensor predict(Tensor x) {
    return forwardFrom(0, x, false);
  }

  @Override
  public double loss(Tensor x, Tensor t) {
    return lossLayer.forward(forwardFrom(0, x, false), t);
  }

  @Override
  public double accuracy(Tensor x, Tensor t) {
    int[] predicted = backend.argmaxRows(predict(x));
    int[] labels = labels(t, predicted.length);
    int hits = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == labels[i]) {
        hits++;
      }
    }
    return (double) hits / predicted.length;
  }

  private int[] labels(Tensor t, int rows) {
    if (t.shape().rank() == 2) {
      Checks.check(t.shape().dim(0) == rows, () -> "accuracy: target " + t.shape() + " does not have " + rows + " rows");
      return backend.argmaxRows(t);
    }
    Checks.check(t.shape().equals(Shape.of(rows)), () -> "accuracy: target " + t.shape() + ", expected [" + rows + "] labels");
    double[] v = t.toArray();
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = (int) v[i];
    }
    return labels;
  }

  @Override
  public double gradient(Tensor x, Tensor t) {
    double loss = lossLayer.forward(forwardFrom(0, x, true), t);
    Tensor d = lossLayer.backward();
    for (int i = layers.size() - 1; i >= 0 && d != null; i--) {
      d = layers.get(i).backward(d);
    }
    return loss;
  }

  /**
   * The textbook's {@code numerical_gradient} of {@link #loss}, computed layer by layer: when a
   * parameter of layer {@code l} moves, only layers {@code l} onwards are run again, from the
   * cached input of layer {@code l}, and layer {@code l} itself recomputes only what the element
   * affects ({@link Layer#forwardAfterChange}). The kernels are deterministic, so each loss value has
   * the same bits as a full forward pass would give ({@code NetworkGradientTests} checks this).
   */
  @Override
  public Map<String, double[]> numericalGradient(Tensor x, Tensor t) {
    return numericalGradient(x, t, NumericalGradient.Method.CENTRAL);
  }

  /** {@link #numericalGradient(Tensor, Tensor)} with a choice of difference formula. */
  public Map<String, double[]> numericalGradient(Tensor x, Tensor t, NumericalGradient.Method method) {
    Map<String, double[]> grads = new LinkedHashMap<>();
    Tensor input = x;
    for (int l = 0; l < layers.size(); l++) {
      int from = l;
      Tensor in = input;
      Layer layer = layers.get(l);
      for (Parameter p : layer.parameters()) {
        // restores the caches of the later layers before each parameter, so none sees a stale perturbation
        double unchanged = lossLayer.forward(forwardFrom(from, in, false), t);
        // a changed element's column is restored lazily, only when the next element lies in another column;
        // a change that is not confined to a column needs no restoring, as every evaluation then recomputes
        // the layer and all after it
        int[] dirty = {-1};
        grads.put(p.name(), NumericalGradient.of(method,
            i -> {
              if (!layer.affectsOutput(p, i)) {
                return unchanged;
              }
              int column = layer.outputColumnAfterChange(p, i);
              if (dirty[0] >= 0 && layer.outputColumnAfterChange(p, dirty[0]) != column) {
                afterChange(from, in, p, dirty[0], false);
              }
              dirty[0] = -1;
              return lossLayer.forward(afterChange(from, in, p, i, true), t);
            },
            i -> {
              if (layer.affectsOutput(p, i) && layer.outputColumnAfterChange(p, i) >= 0) {
                dirty[0] = i;
              }
            },
            p.value(), layer.perturbationOrder(p)));
        if (dirty[0] >= 0) {
          afterChange(from, in, p, dirty[0], false);
        }
      }
      input = layers.get(l).forward(input, false);
    }
    return grads;
  }

  /**
   * Reruns layer {@code l} after element {@code index} of {@code p} changed, and the layers after it:
   * while the change is confined to one column, element-wise layers recompute that column only; from
   * the first layer that mixes columns on, everything (or, with {@code toEnd} false, nothing: the
   * later caches are then refreshed by the next full call).
   */
  private Tensor afterChange(int l, Tensor in, Parameter p, int index, boolean toEnd) {
    Layer layer = layers.get(l);
    Tensor h = layer.forwardAfterChange(in, p, index);
    int column = layer.outputColumnAfterChange(p, index);
    int m = l + 1;
    for (; m < layers.size() && column >= 0; m++) {
      Layer next = layers.get(m);
      h = next.forwardAfterInputChange(h, column);
      column = next.columnAfterInputChange(column);
    }
    return toEnd ? forwardFrom(m, h, false) : h;
  }

  /** Gradients computed by {@link #gradient}, copied out and keyed by parameter name. */
  public Map<String, double[]> gradientMap(Tensor x, Tensor t) {
    gradient(x, t);
    Map<String, double[]> grads = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      grads.put(p.name(), p.grad().toArray());
    }
    return grads;
  }

  /** Turns off the input gradient of the first layer, which no one consumes. */
  protected final void skipFirstInputGradient() {
    layers.get(0).skipInputGradient();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + layers + " -> " + lossLayer;
  }
}
