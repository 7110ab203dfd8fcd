package dev.nngrade.contract.net;

/**
 * The parameters (or their gradients) of lecture 002's 2-H-1 regression network: {@code w1 [2][H]},
 * {@code b1 [H]}, {@code w2 [H]}, {@code b2 [1]} (the lecture's scalar {@code b2}, in an array so that
 * it can be updated in place).
 */
public record RegressionParams(double[][] w1, double[] b1, double[] w2, double[] b2) {}
