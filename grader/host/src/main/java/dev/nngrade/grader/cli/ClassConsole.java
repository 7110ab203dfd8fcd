package dev.nngrade.grader.cli;

import dev.nngrade.grader.grading.ClassRun;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a class run on stderr: its notes as {@code nngrade: ...} lines, and its progress as a bar on
 * a terminal or as one plain line per submission elsewhere (a CI log keeps every frame of a bar).
 */
final class ClassConsole implements ClassRun.Listener, AutoCloseable {
  /** How progress is shown. */
  enum Progress {
    BAR,
    LINES,
    NONE;

    /** A bar on a terminal, lines elsewhere; nothing when the user asked for none. */
    static Progress choose(boolean wanted) {
      return !wanted ? NONE : Terminal.stderr() ? BAR : LINES;
    }
  }

  private final PrintWriter err;
  private final Progress progress;
  private ProgressBar bar;

  ClassConsole(PrintWriter err, Progress progress) {
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
    switch (progress) {
      case NONE -> {
        // asked for none
      }
      case LINES -> {
        String points = p.card().maxScore() == 0 ? "" : String.format(Locale.ROOT, " %s/%s", number(p.card().score()), number(p.card().maxScore()));
        err.printf(Locale.ROOT, "graded %d/%d: %s %s%s%s%n", p.done(), p.total(), p.folder(), p.card().status(), points,
            p.kept() ? " (kept from an earlier run)" : "");
        err.flush();
      }
      case BAR -> {
        if (bar == null) {
          bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax(p.total()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
              .showSpeed().build();
        }
        bar.stepTo(p.done());
        bar.setExtraMessage(p.folder());
      }
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
