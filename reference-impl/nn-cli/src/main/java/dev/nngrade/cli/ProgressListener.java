package dev.nngrade.cli;

import dev.nngrade.nn.train.EpochStats;
import dev.nngrade.nn.train.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr over all iterations of a run, with the latest loss beside it; epochs go to the JSON lines. */
final class ProgressListener implements TrainingListener, AutoCloseable {
  private final ProgressBar bar;
  private final TrainingListener epochs;

  ProgressListener(String task, int total, TrainingListener epochs) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .showSpeed()
            .build();
    this.epochs = epochs;
  }

  @Override
  public void onIteration(int iteration, int totalIterations, double loss) {
    bar.stepTo(iteration);
    if (iteration % 10 == 0 || iteration == totalIterations) {
      bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f", loss));
    }
  }

  @Override
  public void onEpoch(EpochStats stats) {
    epochs.onEpoch(stats);
  }

  @Override
  public void close() {
    bar.close();
  }
}
