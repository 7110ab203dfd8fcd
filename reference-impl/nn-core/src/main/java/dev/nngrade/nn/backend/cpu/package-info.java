/** The CPU backend: double precision, every output element computed by one thread in a fixed order, the ground truth. */
package dev.nngrade.nn.backend.cpu;
