/** The lectures' functions on plain arrays: softmax, cross-entropy, the squared errors, mean absolute error, the affine map in both layouts and the linearity test. */
package dev.nngrade.nn.function;
