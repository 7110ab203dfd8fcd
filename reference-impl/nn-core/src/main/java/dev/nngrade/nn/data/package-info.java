/** MNIST-format data: the IDX reader, labelled image sets, batches, and the embedded Fashion-MNIST subset. */
package dev.nngrade.nn.data;
