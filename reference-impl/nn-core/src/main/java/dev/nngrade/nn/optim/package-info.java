/** The optimizers of DLFS ch. 6, each with its defaults stated once. */
package dev.nngrade.nn.optim;
