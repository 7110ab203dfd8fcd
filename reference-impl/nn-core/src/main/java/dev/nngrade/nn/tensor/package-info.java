/** Tensors as handles into a backend, their shapes, and the argument checks of the API boundary. */
package dev.nngrade.nn.tensor;
