/**
 * Networks: lecture 002's 3-5-4 forward pass and its 2-layer regression backprop, the textbook's
 * TwoLayerNet (lecture 004), and lecture 001's simple perceptron. Parameters are arrays the caller can
 * see; biases of TwoLayerNet are {@code [1][n]} matrices so that every parameter has one type.
 */
package dev.nngrade.contract.net;
