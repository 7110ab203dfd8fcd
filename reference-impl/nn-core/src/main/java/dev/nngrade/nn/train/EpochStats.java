package dev.nngrade.nn.train;

/** What one epoch of training gave: accuracies after it, its mean batch loss and how long its training steps took. */
public record EpochStats(int epoch, int iterations, double meanLoss, double trainAccuracy, double testAccuracy, double seconds) {}
