package dev.nngrade.contract.train;

/** 確率的勾配降下法 / SGD: {@code p ← p − lr·g}. Constructor: {@code SgdImpl(double lr)}; textbook default lr 0.01. */
public interface Sgd extends Optimizer {}
