package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.Map;

/** Per-parameter state tensors, created as zeros on the parameter's backend the first time it is seen. */
final class StatefulOptimizer {
  private final Map<Parameter, Tensor> state = new IdentityHashMap<>();

  Tensor of(Parameter p) {
    return state.computeIfAbsent(p, q -> q.value().backend().zeros(q.value().shape()));
  }
}
