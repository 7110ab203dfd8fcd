package dev.nngrade.contract.train;

/**
 * Momentum: {@code v ← momentum·v − lr·g}, {@code p ← p + v}, {@code v} starting at 0. Constructor:
 * {@code MomentumImpl(double lr, double momentum)}; textbook defaults 0.01, 0.9.
 */
public interface Momentum extends Optimizer {}
