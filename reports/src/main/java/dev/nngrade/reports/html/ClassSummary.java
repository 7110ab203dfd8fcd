package dev.nngrade.reports.html;

import java.util.List;

/**
 * What the class page shows, computed by the grader from the class's scorecards; the renderer only
 * lays it out. Lists come in the order they are shown.
 *
 * @param title the assignment's title
 * @param scores every submission's score, for the histogram
 * @param maxScore the assignment's points (0 for a leaderboard alone)
 * @param exercises pass rate per exercise, hardest first
 * @param hardestTests pass rate of the hardest tests
 * @param mistakes the classic mistakes failed checks point at, most common first
 * @param students one row per submission, by student id
 * @param slowest the slowest tests over the class
 * @param gradesFile the class's grades file, relative to the page
 */
public record ClassSummary(String title, List<Double> scores, double maxScore, List<Rate> exercises, List<Rate> hardestTests, List<Mistake> mistakes,
    List<Student> students, List<SlowTest> slowest, String gradesFile) {
  public ClassSummary {
    scores = List.copyOf(scores);
    exercises = List.copyOf(exercises);
    hardestTests = List.copyOf(hardestTests);
    mistakes = List.copyOf(mistakes);
    students = List.copyOf(students);
    slowest = List.copyOf(slowest);
  }

  /** How a submission came through (the scorecard's status). */
  public enum Status {
    GRADED,
    INVALID,
    FLAGGED,
    TOO_LATE,
    ERROR
  }

  /** An exercise or a test: {@code passed} of {@code total} runs over the class. */
  public record Rate(String name, int passed, int total) {}

  /** A mistake's hint, the exercise it was seen in and in how many submissions. */
  public record Mistake(String hint, String exercise, int submissions) {}

  /** A test's median and slowest time over the class. */
  public record SlowTest(String name, long medianMillis, long maxMillis) {}

  /**
   * One submission: {@code report}, the link to its page (relative, null without one); {@code lateDays}
   * and {@code penalty} (the fraction deducted), 0 when on time; {@code review}, what the instructor
   * must act on (empty when nothing), in the instructor's words.
   */
  public record Student(String student, String report, Status status, double score, double maxScore, int lateDays, double penalty, List<String> review) {
    public Student {
      review = List.copyOf(review);
    }

    /** Whether the row asks for a look (the template shows these apart). */
    public boolean needsReview() {
      return !review.isEmpty();
    }
  }

  public int count() {
    return students.size();
  }

  public double mean() {
    return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  public double median() {
    if (scores.isEmpty()) {
      return 0;
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The rows that ask for a look. */
  public List<Student> attention() {
    return students.stream().filter(Student::needsReview).toList();
  }
}
