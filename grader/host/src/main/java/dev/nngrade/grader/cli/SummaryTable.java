package dev.nngrade.grader.cli;

import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.output.Review;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table a class run prints on stdout: one row per submission, and under a row that needs the
 * instructor's look, one indented line per reason (the status's reason, signs of tampering, a lower
 * isolation, intake's flags), so that it reads the same in a terminal and in a CI log.
 */
final class SummaryTable {
  private SummaryTable() {}

  static void print(PrintWriter w, ClassRun.Result r) {
    List<Scorecard> cards = r.cards();
    boolean board = cards.stream().anyMatch(c -> c.leaderboard() != null);
    w.printf(Locale.ROOT, "%-28s %-9s %9s%s%n", "student", "status", "score", board ? "  leaderboard (public part)" : "");
    int review = 0;
    for (int i = 0; i < cards.size(); i++) {
      Scorecard c = cards.get(i);
      Scorecard.LeaderboardResult lb = c.leaderboard();
      String extra = !board ? "" : lb == null ? "  -" : lb.metric() != null
          ? String.format(Locale.ROOT, "  %s %.4f%s", lb.metricName(), lb.metric(), lb.ineligible() == null ? "" : "  (ineligible: " + String.join(", ", lb.ineligible().keySet()) + ")")
          : "  " + lb.status();
      String points = c.maxScore() == 0 ? "-" : String.format(Locale.ROOT, "%.1f/%.0f", c.score(), c.maxScore()); // a leaderboard-only assignment
      String late = c.late() == null ? "" : String.format(Locale.ROOT, "  late %d day(s), -%.0f %%", c.late().days(), 100 * c.late().penaltyFraction());
      w.printf(Locale.ROOT, "%-28s %-9s %9s%s%s%n", c.student(), c.status(), points, extra, late);
      Review rv = r.reviews().get(i);
      review += rv.isEmpty() ? 0 : 1;
      for (Review.Concern concern : rv.concerns()) {
        w.println("    " + concern.text().replace('\n', ' '));
      }
    }
    w.printf(Locale.ROOT, "%d submissions graded in %.1f s; %d need a look%s%n", cards.size(), r.millis() / 1000.0, review,
        r.intake().missing().isEmpty() ? "" : "; " + r.intake().missing().size() + " on the roster without a submission (intake.json)");
    w.flush();
  }
}
