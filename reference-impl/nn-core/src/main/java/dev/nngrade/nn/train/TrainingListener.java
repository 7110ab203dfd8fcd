package dev.nngrade.nn.train;

/** Hears about training as it happens (progress bars, JSON lines). Both methods default to doing nothing. */
public interface TrainingListener {
  default void onIteration(int iteration, int totalIterations, double loss) {}

  default void onEpoch(EpochStats stats) {}

  TrainingListener NONE = new TrainingListener() {};
}
