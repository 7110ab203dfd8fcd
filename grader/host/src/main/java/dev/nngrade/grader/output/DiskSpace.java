package dev.nngrade.grader.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The free space of the output folder, checked before grading so that a full disk stops the run at its start, not after the class. */
public final class DiskSpace {
  /** What a class run needs besides its submissions: intake.json, grades.csv, index.html, unpacked uploads. */
  public static final long BASE_BYTES = 64L << 20;
  /** What one submission's files take at most (scorecard.json, results.json, timings.json, report.html; the demo's take under 200 KiB). */
  public static final long PER_SUBMISSION_BYTES = 1L << 20;

  private DiskSpace() {}

  /** Throws {@link OutputException} naming the folder when its file system has less than {@code bytes} free for this user. */
  public static void require(Path folder, long bytes, String what) throws IOException {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    long free = Files.getFileStore(existing).getUsableSpace();
    if (free < bytes) {
      throw new OutputException(folder, String.format(Locale.ROOT, "%s free on its file system, and %s needs about %s; free some space or choose another --out",
          mib(free), what, mib(bytes)), null);
    }
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
