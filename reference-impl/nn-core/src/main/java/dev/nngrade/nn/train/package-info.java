/** Mini-batch training: batch samplers, the trainer, its statistics, and lecture 002's regression exercise. */
package dev.nngrade.nn.train;
