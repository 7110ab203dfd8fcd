/** Networks built from layers: the textbook's TwoLayerNet, MultiLayerNet and SimpleConvNet, lecture 002's forward demo and lecture 001's perceptron. */
package dev.nngrade.nn.net;
