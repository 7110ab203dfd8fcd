package dev.nngrade.contract.train;

/**
 * RMSProp: {@code h ← decay·h + (1 − decay)·g²}, {@code p ← p − lr·g / (√h + 1e-7)}. Constructor:
 * {@code RmsPropImpl(double lr, double decayRate)}; textbook defaults 0.01, 0.99.
 */
public interface RmsProp extends Optimizer {
  double EPS = 1e-7;
}
