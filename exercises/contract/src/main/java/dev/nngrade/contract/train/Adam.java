package dev.nngrade.contract.train;

/**
 * Adam in the course's {@link AdamForm}, with bias correction; the step counter {@code t} is 1 on
 * the first update. Constructor: {@code AdamImpl(double lr, double beta1, double beta2, AdamForm
 * form)}; defaults 0.001, 0.9, 0.999.
 */
public interface Adam extends Optimizer {}
