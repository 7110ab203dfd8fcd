/** The kernel SPI that layers, losses and optimizers are written against, with the activations, window geometry and backend selection shared by every backend. */
package dev.nngrade.nn.backend;
