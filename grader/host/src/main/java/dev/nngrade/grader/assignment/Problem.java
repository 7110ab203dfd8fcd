package dev.nngrade.grader.assignment;

import java.util.Comparator;

/**
 * One thing wrong in an instructor's file: where ({@code line}/{@code column} from 1, 0 when the
 * whole file is meant), the JSON path in the form {@code exercises[2].points} (empty for the top
 * level, null for the file as such: its encoding, its syntax) and the plain-words text, usually
 * {@code expected ..., found ...}.
 */
record Problem(String file, int line, int column, String path, String text) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER = Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
      .thenComparing(p -> p.path() == null ? "" : p.path()).thenComparing(Problem::text);

  static Problem at(String file, LocatedJson.Spot spot, String path, String text) {
    return spot == null ? new Problem(file, 0, 0, path, text) : new Problem(file, spot.line(), spot.column(), path, text);
  }

  @Override
  public int compareTo(Problem o) {
    return ORDER.compare(this, o);
  }

  /** {@code file:line:column: path: text}, the form editors and terminals turn into links. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + (path == null ? "" : (path.isEmpty() ? Words.TOP_LEVEL : path) + ": ") + text;
  }
}
