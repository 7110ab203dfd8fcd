package dev.nngrade.nn.train;

import dev.nngrade.nn.tensor.Checks;
import java.util.random.RandomGenerator;

/** Chooses the sample indices of each mini-batch from a seeded generator. */
public interface BatchSampler {

  /** The indices of the next batch; its length may be shorter at the end of a shuffled epoch. */
  int[] next();

  /** How the samples of a mini-batch are drawn. */
  enum Kind {
    /** Independent uniform draws, as the textbook's {@code np.random.choice(train_size, batch_size)}. */
    WITH_REPLACEMENT,
    /** A fresh permutation per epoch, cut into consecutive batches (lecture 001: shuffle the samples). */
    SHUFFLED_EPOCHS;

    public static Kind parse(String s) {
      return switch (s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
        case "replacement", "with-replacement", "textbook" -> WITH_REPLACEMENT;
        case "shuffle", "shuffled", "shuffled-epochs", "epochs" -> SHUFFLED_EPOCHS;
        default ->
            throw new IllegalArgumentException("unknown sampling '" + s + "'; expected with-replacement or shuffled-epochs");
      };
    }
  }

  static BatchSampler of(Kind kind, int size, int batchSize, RandomGenerator random) {
    return kind == Kind.WITH_REPLACEMENT
        ? new WithReplacement(size, batchSize, random)
        : new ShuffledEpochs(size, batchSize, random);
  }

  /** The textbook's sampler. */
  final class WithReplacement implements BatchSampler {
    private final int size;
    private final int batchSize;
    private final RandomGenerator random;

    public WithReplacement(int size, int batchSize, RandomGenerator random) {
      this.size = Checks.positive("data set size", size);
      this.batchSize = Checks.positive("batch size", batchSize);
      this.random = random;
    }

    @Override
    public int[] next() {
      int[] idx = new int[batchSize];
      for (int i = 0; i < batchSize; i++) {
        idx[i] = random.nextInt(size);
      }
      return idx;
    }
  }

  /** Every sample once per epoch, in a new order each epoch; the last batch of an epoch holds the remainder. */
  final class ShuffledEpochs implements BatchSampler {
    private final int batchSize;
    private final RandomGenerator random;
    private final int[] order;
    private int position;

    public ShuffledEpochs(int size, int batchSize, RandomGenerator random) {
      this.batchSize = Checks.positive("batch size", batchSize);
      this.random = random;
      this.order = new int[Checks.positive("data set size", size)];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      position = size; // shuffle before the first batch
    }

    @Override
    public int[] next() {
      if (position >= order.length) {
        for (int i = order.length - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        position = 0;
      }
      int n = Math.min(batchSize, order.length - position);
      int[] idx = java.util.Arrays.copyOfRange(order, position, position + n);
      position += n;
      return idx;
    }
  }
}
