package dev.nngrade.grader.cli;

import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The table a class run prints on stdout: one row per submission. */
final class SummaryTable {
  private SummaryTable() {}

  static void print(PrintWriter w, List<Scorecard> cards, long millis) {
    boolean board = cards.stream().anyMatch(c -> c.leaderboard() != null);
    w.printf(Locale.ROOT, "%-28s %-9s %9s%s%n", "student", "status", "score", board ? "  leaderboard (public part)" : "");
    for (Scorecard c : cards) {
      Scorecard.LeaderboardResult lb = c.leaderboard();
      String extra = !board ? "" : lb == null ? "  -" : lb.metric() != null
          ? String.format(Locale.ROOT, "  %s %.4f%s", lb.metricName(), lb.metric(), lb.ineligible() == null ? "" : "  (ineligible: " + String.join(", ", lb.ineligible().keySet()) + ")")
          : "  " + lb.status();
      String points = c.maxScore() == 0 ? "-" : String.format(Locale.ROOT, "%.1f/%.0f", c.score(), c.maxScore()); // a leaderboard-only assignment
      w.printf(Locale.ROOT, "%-28s %-9s %9s%s%n", c.student(), c.status(), points, extra);
    }
    w.printf(Locale.ROOT, "%d submissions graded in %.1f s%n", cards.size(), millis / 1000.0);
    w.flush();
  }
}
