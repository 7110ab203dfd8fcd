package dev.nngrade.grader.cli;

import dev.nngrade.grader.grading.ClassRun;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a class run on stderr: its notes as {@code nngrade: ...} lines, and a progress bar. */
final class ClassConsole implements ClassRun.Listener, AutoCloseable {
  private final PrintWriter err;
  private final boolean progress;
  private ProgressBar bar;

  ClassConsole(PrintWriter err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  @Override
  public synchronized void note(String line) {
    err.println("nngrade: " + line);
    err.flush();
  }

  @Override
  public synchronized void graded(ClassRun.Progress p) {
    if (!progress) {
      return;
    }
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax(p.total()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
          .showSpeed().build();
    }
    bar.stepTo(p.done());
    bar.setExtraMessage(p.folder());
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
