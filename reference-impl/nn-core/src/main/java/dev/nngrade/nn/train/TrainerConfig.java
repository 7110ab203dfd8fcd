package dev.nngrade.nn.train;

import dev.nngrade.nn.data.LabelForm;
import dev.nngrade.nn.tensor.Checks;

/**
 * Settings of a training run. An epoch is {@code max(trainSize / batchSize, 1)} iterations, as in the
 * textbook's {@code iter_per_epoch}. Train accuracy is measured on the first {@code evalTrainSamples}
 * samples (0 means all), test accuracy on the first {@code evalTestSamples} (0 means all), in batches of
 * {@code evalBatchSize}.
 */
public record TrainerConfig(
    int epochs, int batchSize, BatchSampler.Kind sampling, long seed, boolean flattenInput, LabelForm labels,
    int evalTrainSamples, int evalTestSamples, int evalBatchSize) {

  public TrainerConfig {
    Checks.positive("epochs", epochs);
    Checks.positive("batch size", batchSize);
    Checks.positive("evaluation batch size", evalBatchSize);
    Checks.check(evalTrainSamples >= 0 && evalTestSamples >= 0, () -> "evaluation sample counts must be >= 0");
  }

  /** The textbook's settings for an MLP: batch 100 drawn with replacement, one-hot labels, full evaluation. */
  public static TrainerConfig textbookMlp(int epochs, long seed) {
    return new TrainerConfig(epochs, 100, BatchSampler.Kind.WITH_REPLACEMENT, seed, true, LabelForm.ONE_HOT, 0, 0, 1000);
  }

  /** The textbook's settings for SimpleConvNet: images as [N, 1, 28, 28], evaluation in batches of 100. */
  public static TrainerConfig textbookCnn(int epochs, long seed) {
    return new TrainerConfig(epochs, 100, BatchSampler.Kind.WITH_REPLACEMENT, seed, false, LabelForm.ONE_HOT, 1000, 0, 100);
  }

  public TrainerConfig withBatchSize(int b) {
    return new TrainerConfig(epochs, b, sampling, seed, flattenInput, labels, evalTrainSamples, evalTestSamples, evalBatchSize);
  }

  public TrainerConfig withSampling(BatchSampler.Kind s) {
    return new TrainerConfig(epochs, batchSize, s, seed, flattenInput, labels, evalTrainSamples, evalTestSamples, evalBatchSize);
  }

  public TrainerConfig withEvaluation(int trainSamples, int testSamples) {
    return new TrainerConfig(epochs, batchSize, sampling, seed, flattenInput, labels, trainSamples, testSamples, evalBatchSize);
  }
}
