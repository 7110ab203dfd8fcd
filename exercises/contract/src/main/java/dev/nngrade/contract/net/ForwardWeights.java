package dev.nngrade.contract.net;

/**
 * The weights of lecture 002's forward demo (row-vector form {@code u = x W + b}): {@code w1 [in][hidden]},
 * {@code b1 [hidden]}, {@code w2 [hidden][out]}, {@code b2 [out]}.
 */
public record ForwardWeights(double[][] w1, double[] b1, double[][] w2, double[] b2) {}
