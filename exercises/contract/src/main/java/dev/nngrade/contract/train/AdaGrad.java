package dev.nngrade.contract.train;

/**
 * AdaGrad: {@code h ← h + g²}, {@code p ← p − lr·g / (√h + 1e-7)}. Constructor: {@code AdaGradImpl(double
 * lr)}; textbook default 0.01.
 */
public interface AdaGrad extends Optimizer {
  double EPS = 1e-7;
}
