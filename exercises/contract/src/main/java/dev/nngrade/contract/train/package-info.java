/**
 * Learning: the gradient-descent step, the five optimizers, mini-batch training of TwoLayerNet,
 * lecture 002's regression training and lecture 000's classification problem. Every random choice
 * comes from a {@link java.util.random.RandomGenerator} passed in, so a seed fixes the result.
 */
package dev.nngrade.contract.train;
