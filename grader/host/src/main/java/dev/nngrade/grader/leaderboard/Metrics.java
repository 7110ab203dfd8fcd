package dev.nngrade.grader.leaderboard;

/**
 * Scores predictions against the hidden answers, separately on the public and the private rows.
 * Classification: cross-entropy {@code −mean log(p[label] + 1e-7)} (the textbook's constant) and
 * accuracy (the first largest probability); regression: mean absolute error over every element.
 * Predictions are checked first: the reason a result cannot be scored names the row and the value.
 */
public final class Metrics {
  /** How far a row of probabilities may sum from 1. */
  public static final double ROW_SUM_TOLERANCE = 1e-6;
  private static final double DELTA = 1e-7;

  private Metrics() {}

  /** One part's scores; {@code accuracy} is NaN for regression. */
  public record Scores(double metric, double accuracy, int rows) {}

  /** Both parts' scores. */
  public record Split(Scores publicPart, Scores privatePart) {}

  /** Why predictions cannot be scored: a message key of the grader's bundles and its arguments. */
  public record Problem(String key, Object... args) {}

  /** The problem with {@code y} as predictions for {@code data}, or null when it can be scored. */
  public static Problem check(double[][] y, HiddenData data) {
    int expectedCols = data.labels() != null ? 10 : data.targets()[0].length;
    if (y.length != data.size()) {
      return new Problem("leaderboard.invalid.rows", y.length, data.size());
    }
    for (int r = 0; r < y.length; r++) {
      if (y[r].length != expectedCols) {
        return new Problem("leaderboard.invalid.columns", y[r].length, expectedCols);
      }
      double sum = 0;
      for (int c = 0; c < y[r].length; c++) {
        double v = y[r][c];
        if (!Double.isFinite(v)) {
          return new Problem("leaderboard.invalid.not-finite", r, c, String.valueOf(v));
        }
        if (data.labels() != null && (v < 0 || v > 1)) {
          return new Problem("leaderboard.invalid.not-probability", r, c, String.valueOf(v));
        }
        sum += v;
      }
      if (data.labels() != null && Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
        return new Problem("leaderboard.invalid.row-sum", r, String.valueOf(sum));
      }
    }
    return null;
  }

  /** The scores of checked predictions. */
  public static Split score(double[][] y, HiddenData data) {
    return new Split(part(y, data, true), part(y, data, false));
  }

  private static Scores part(double[][] y, HiddenData data, boolean publicPart) {
    double sum = 0;
    int correct = 0;
    int rows = 0;
    long elements = 0;
    for (int r = 0; r < y.length; r++) {
      if (data.isPublic(r) != publicPart) {
        continue;
      }
      rows++;
      if (data.labels() != null) {
        int label = data.labels()[r];
        sum += -StrictMath.log(y[r][label] + DELTA);
        int best = 0;
        for (int c = 1; c < y[r].length; c++) {
          if (y[r][c] > y[r][best]) {
            best = c;
          }
        }
        correct += best == label ? 1 : 0;
      } else {
        for (int c = 0; c < y[r].length; c++) {
          sum += Math.abs(y[r][c] - data.targets()[r][c]);
          elements++;
        }
      }
    }
    if (data.labels() != null) {
      return new Scores(sum / rows, (double) correct / rows, rows);
    }
    return new Scores(sum / elements, Double.NaN, rows);
  }
}
