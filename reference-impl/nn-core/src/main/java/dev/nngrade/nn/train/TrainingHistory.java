package dev.nngrade.nn.train;

import java.util.List;

/** Loss per iteration and statistics per epoch of a finished run. */
public record TrainingHistory(double[] losses, List<EpochStats> epochs) {

  public EpochStats last() {
    return epochs.get(epochs.size() - 1);
  }
}
