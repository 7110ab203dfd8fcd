package dev.nngrade.nn.train;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.data.Batch;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.Network;
import dev.nngrade.nn.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batch training (DLFS §4.5 and ch06 {@code Trainer}; lecture 004's five steps): draw a batch,
 * compute the loss and its gradient, update, repeat; after each epoch measure train and test accuracy.
 * The batch order comes from the sub-stream "batches" of the seed, independent of the network's initialisation.
 */
public final class Trainer {
  private final Network network;
  private final Optimizer optimizer;
  private final TrainerConfig config;
  private final TrainingListener listener;

  public Trainer(Network network, Optimizer optimizer, TrainerConfig config, TrainingListener listener) {
    this.network = network;
    this.optimizer = optimizer;
    this.config = config;
    this.listener = listener;
  }

  public static int iterationsPerEpoch(int trainSize, int batchSize) {
    return Math.max(trainSize / batchSize, 1);
  }

  public TrainingHistory fit(ImageDataset train, ImageDataset test) {
    Backend be = network.backend();
    int perEpoch = iterationsPerEpoch(train.size(), config.batchSize());
    int total = perEpoch * config.epochs();
    BatchSampler sampler =
        BatchSampler.of(config.sampling(), train.size(), config.batchSize(), Seeds.generator(config.seed(), "batches"));
    double[] losses = new double[total];
    List<EpochStats> epochs = new ArrayList<>();
    Batch batch = null;
    int it = 0;
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      long start = System.nanoTime();
      double sum = 0;
      for (int i = 0; i < perEpoch; i++, it++) {
        int[] idx = sampler.next();
        if (batch == null || batch.x().shape().dim(0) != idx.length) {
          batch = train.batch(idx, be, config.flattenInput(), config.labels());
        } else {
          train.batchInto(idx, batch, config.labels());
        }
        double loss = network.gradient(batch.x(), batch.t());
        optimizer.update(network.parameters());
        losses[it] = loss;
        sum += loss;
        listener.onIteration(it + 1, total, loss);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double trainAcc = accuracy(train, config.evalTrainSamples());
      double testAcc = accuracy(test, config.evalTestSamples());
      EpochStats stats = new EpochStats(epoch, perEpoch, sum / perEpoch, trainAcc, testAcc, seconds);
      epochs.add(stats);
      listener.onEpoch(stats);
    }
    return new TrainingHistory(losses, List.copyOf(epochs));
  }

  /** Accuracy over the first {@code limit} samples (all when 0), in batches of the configured evaluation size. */
  public double accuracy(ImageDataset data, int limit) {
    int n = limit == 0 ? data.size() : Math.min(limit, data.size());
    long hits = 0;
    for (int from = 0; from < n; from += config.evalBatchSize()) {
      int to = Math.min(n, from + config.evalBatchSize());
      Batch b = data.range(from, to, network.backend(), config.flattenInput(), config.labels());
      hits += Math.round(network.accuracy(b.x(), b.t()) * (to - from));
    }
    return (double) hits / n;
  }
}
