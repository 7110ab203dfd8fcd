/**
 * Functions of the lectures' first steps: the affine map, activations, softmax, the losses, the
 * linearity test and the numerical gradient. Each interface's implementation has a public
 * no-argument constructor. Shapes that do not fit throw {@link java.lang.IllegalArgumentException}.
 */
package dev.nngrade.contract.function;
