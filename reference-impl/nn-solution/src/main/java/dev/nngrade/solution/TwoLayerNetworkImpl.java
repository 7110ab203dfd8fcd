package dev.nngrade.solution;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.layer.ActivationLayer;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.layer.SoftmaxWithLoss;
import dev.nngrade.nn.net.Sequential;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The textbook's TwoLayerNet as an nn-core {@link Sequential} (Affine, sigmoid, Affine, softmax with
 * loss). The live arrays are uploaded before every call, so optimizers may change them in place.
 */
public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");
  private final Map<String, double[][]> params;
  private final Map<String, Parameter> tensors = new LinkedHashMap<>();
  private final Sequential net;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    if (!params.keySet().containsAll(KEYS)) {
      throw new IllegalArgumentException("TwoLayerNet needs parameters " + KEYS + ", got " + params.keySet());
    }
    this.params = params;
    for (String k : KEYS) {
      double[][] v = params.get(k);
      tensors.put(k, new Parameter(k, k.startsWith("b") ? Host.vector(k, v[0]) : Host.matrix(k, v)));
    }
    this.net = new Sequential(Host.CPU,
        List.of(new Affine(tensors.get("W1"), tensors.get("b1")), new ActivationLayer(Activation.SIGMOID), new Affine(tensors.get("W2"), tensors.get("b2"))),
        new SoftmaxWithLoss());
  }

  private void upload() {
    for (String k : KEYS) {
      double[][] v = params.get(k);
      if (k.startsWith("b")) {
        if (v.length != 1) {
          throw new IllegalArgumentException(k + " must be a [1][n] matrix, has " + v.length + " rows");
        }
        Host.CPU.upload(v[0], tensors.get(k).value());
      } else {
        Host.upload(k, v, tensors.get(k).value());
      }
    }
  }

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  @Override
  public double[][] predict(double[][] x) {
    upload();
    return Softmax.rows(Host.matrix(net.predict(Host.matrix("x", x))));
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    upload();
    return net.loss(Host.matrix("x", x), Host.matrix("t", t));
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    upload();
    return net.accuracy(Host.matrix("x", x), Host.matrix("t", t));
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    upload();
    Map<String, double[]> flat = net.numericalGradient(Host.matrix("x", x), Host.matrix("t", t));
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String k : KEYS) {
      out.put(k, reshape(flat.get(k), params.get(k)));
    }
    return out;
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    upload();
    net.gradient(Host.matrix("x", x), Host.matrix("t", t));
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String k : KEYS) {
      out.put(k, reshape(tensors.get(k).grad().toArray(), params.get(k)));
    }
    return out;
  }

  private static double[][] reshape(double[] flat, double[][] like) {
    int cols = like[0].length;
    double[][] a = new double[like.length][cols];
    for (int i = 0; i < like.length; i++) {
      System.arraycopy(flat, i * cols, a[i], 0, cols);
    }
    return a;
  }
}
