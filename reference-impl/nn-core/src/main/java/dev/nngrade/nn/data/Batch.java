package dev.nngrade.nn.data;

import dev.nngrade.nn.tensor.Tensor;

/** Inputs and targets of one mini-batch, on a backend. */
public record Batch(Tensor x, Tensor t) {}
