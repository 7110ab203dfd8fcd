package dev.nngrade.contract.net;

/** What lecture 002's {@code forward} returns: the hidden output {@code z1 [H]} and the output {@code y}. */
public record RegressionForward(double[] z1, double y) {}
