/**
 * The reference solution: every contract interface {@code X} as {@code XImpl}, built from nn-core's
 * functions, layers and optimizers on the CPU backend (double, deterministic). Arrays cross into
 * nn-core tensors through {@link dev.nngrade.solution.Host}.
 */
package dev.nngrade.solution;
