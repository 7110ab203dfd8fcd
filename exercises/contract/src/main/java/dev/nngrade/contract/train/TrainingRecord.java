package dev.nngrade.contract.train;

/**
 * What a training run records (textbook {@code train_neuralnet.py}): the loss of every iteration,
 * and the train and test accuracy at the start of every epoch (iteration 0 included).
 */
public record TrainingRecord(double[] losses, double[] trainAccuracy, double[] testAccuracy) {}
