package dev.nngrade.contract.net;

/** Every intermediate value of one forward pass, as lecture 002 prints them. */
public record ForwardTrace(double[] u1, double[] z1, double[] u2, double[] y) {}
