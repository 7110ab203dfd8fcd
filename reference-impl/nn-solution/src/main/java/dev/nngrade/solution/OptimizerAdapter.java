package dev.nngrade.solution;

import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.nn.layer.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one of nn-core's optimizers on the contract's parameter maps. nn-core keeps state per
 * {@link Parameter} object, so each key keeps its own Parameter across updates: state per key, as
 * the contract asks.
 */
abstract class OptimizerAdapter implements Optimizer {
  private final dev.nngrade.nn.optim.Optimizer reference;
  private final Map<String, Parameter> byKey = new LinkedHashMap<>();

  OptimizerAdapter(dev.nngrade.nn.optim.Optimizer reference) {
    this.reference = reference;
  }

  @Override
  public final void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    Params.checkMatching(params, grads);
    List<Parameter> list = new ArrayList<>();
    for (var e : params.entrySet()) {
      String key = e.getKey();
      Parameter p = byKey.computeIfAbsent(key, k -> new Parameter(k, Host.matrix(k, e.getValue())));
      Host.upload(key, e.getValue(), p.value());
      Host.upload(key + " gradient", grads.get(key), p.grad());
      list.add(p);
    }
    reference.update(list);
    Params.writeBack(list, params);
  }
}
