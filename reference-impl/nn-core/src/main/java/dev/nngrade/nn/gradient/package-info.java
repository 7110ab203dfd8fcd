/** Numerical gradients by central differences and the gradient check that compares them with backprop. */
package dev.nngrade.nn.gradient;
