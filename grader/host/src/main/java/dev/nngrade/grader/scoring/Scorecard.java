package dev.nngrade.grader.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The per-submission grading result, written as {@code scorecard.json} (schema {@value #SCHEMA}).
 * Everything in it follows from the submission, the assignment and the suites, so regrading gives
 * the same bytes; times live in {@code timings.json} beside it, apart from {@code gradedAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "assignment", "student", "status", "score", "maxScore", "rawScore", "late", "submission", "integrity", "exercises", "leaderboard", "notes", "isolation", "gradedAt"})
public record Scorecard(
    String schema,
    AssignmentRef assignment,
    String student,
    Status status,
    double score,
    double maxScore,
    double rawScore,
    Late late,
    SubmissionInfo submission,
    Integrity integrity,
    List<ExerciseResult> exercises,
    List<String> notes,
    String isolation,
    String gradedAt,
    LeaderboardResult leaderboard) {

  public Scorecard(String schema, AssignmentRef assignment, String student, Status status, double score, double maxScore, double rawScore, Late late,
      SubmissionInfo submission, Integrity integrity, List<ExerciseResult> exercises, List<String> notes, String isolation, String gradedAt) {
    this(schema, assignment, student, status, score, maxScore, rawScore, late, submission, integrity, exercises, notes, isolation, gradedAt, null);
  }

  /** The same card with the leaderboard result of its model. */
  public Scorecard withLeaderboard(LeaderboardResult result) {
    return new Scorecard(schema, assignment, student, status, score, maxScore, rawScore, late, submission, integrity, exercises, notes, isolation, gradedAt, result);
  }

  /**
   * What a student may see of their leaderboard entry: the status, the reason when it could not be
   * scored, the metric and accuracy on the public part only (the private part decides the final
   * ranking and stays with the instructor), the parameter count and, per track, why it is ineligible.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"status", "message", "metric", "metricName", "accuracy", "accuracyName", "part", "parameters", "ineligible"})
  public record LeaderboardResult(String status, String message, Double metric, String metricName, Double accuracy, String accuracyName, String part,
      Long parameters, java.util.Map<String, String> ineligible) {}

  public static final String SCHEMA = "nngrade.scorecard/1";

  /** How the submission came through. */
  public enum Status {
    /** Graded; the score counts. */
    GRADED,
    /** The jar could not be graded (not a jar, unsafe, no classes); score 0 with the reason in notes. */
    INVALID,
    /** The canary passed or the control failed: results were forged; score 0 until someone reviews it. */
    FLAGGED,
    /** Past the last accepted day of the late policy; score 0. */
    TOO_LATE,
    /**
     * The grader could not grade it (its sandbox failed, or the grader did): not the student's doing,
     * so not scored; the reason is in notes, and a rerun grades it again.
     */
    ERROR
  }

  public record AssignmentRef(String id, String title) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SubmissionInfo(String file, String sha256, String exerciseSetVersion, String submittedAt, int classes, List<String> dropped) {}

  public record Late(int days, double penaltyFraction) {}

  public record Integrity(String canary, String control, int rejectedEvents, int runs) {}

  @JsonPropertyOrder({"id", "title", "source", "score", "maxScore", "tests"})
  public record ExerciseResult(String id, String title, String source, double score, double maxScore, List<TestResult> tests) {}

  /**
   * One test. {@code mistake}: the key of the classic mistake a failed check points at (the class
   * summary counts them) and {@code hint} its text; {@code gradientChecks}: every gradient check the
   * test made, passed or not.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "name", "outcome", "score", "maxScore", "message", "where", "exception", "instructorMessage", "mistake", "hint", "gradientChecks"})
  public record TestResult(String id, String name, String outcome, double score, double maxScore, String message, String where, String exception,
      String instructorMessage, String mistake, String hint, List<GradientCheck> gradientChecks) {
    public TestResult(String id, String name, String outcome, double score, double maxScore, String message, String where, String exception,
        String instructorMessage) {
      this(id, name, outcome, score, maxScore, message, where, exception, instructorMessage, null, null, List.of());
    }
  }

  /** A gradient check: the parameter, the largest relative error and where, the tolerance, and whether every element was within it. */
  @JsonPropertyOrder({"parameter", "maxRelativeError", "worstIndex", "tolerance", "passed"})
  public record GradientCheck(String parameter, double maxRelativeError, String worstIndex, String tolerance, boolean passed) {
    /** Reads a row as the testkit reports it (tab-separated); null for a row that does not parse. */
    public static GradientCheck parse(String row) {
      String[] f = row.split("\t", -1);
      if (f.length != 5) {
        return null;
      }
      try {
        return new GradientCheck(f[0], Double.parseDouble(f[1]), f[3], f[2], Boolean.parseBoolean(f[4]));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
