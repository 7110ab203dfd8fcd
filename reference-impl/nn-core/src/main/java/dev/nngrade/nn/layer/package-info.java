/** Layers with their forward and backward passes (DLFS ch. 5 and 7), loss layers and the computational graph's add and multiply nodes. */
package dev.nngrade.nn.layer;
