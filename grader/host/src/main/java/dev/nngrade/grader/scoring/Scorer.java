package dev.nngrade.grader.scoring;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.TestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the outcome of every manifest test into a scorecard. Points: an exercise's points are
 * shared by its tests in proportion to their {@code @Points} weights (1 unless marked); a test scores
 * its share only when it PASSED. The canary must have
 * FAILED and the control PASSED, otherwise the submission is flagged. Scores are rounded to 1e-6
 * so that the JSON is the same on every machine.
 */
public final class Scorer {
  private final Assignment assignment;
  private final Manifest manifest;
  private final Language language;

  public Scorer(Assignment assignment, Manifest manifest) {
    this.assignment = assignment;
    this.manifest = manifest;
    this.language = Language.parse(assignment.language());
  }

  public Scorecard score(Submission s, Map<String, TestEvent> outcomes, int rejected, int runs, String isolation, Instant gradedAt, List<String> notes) {
    List<Scorecard.ExerciseResult> exercises = new ArrayList<>();
    double raw = 0;
    for (Assignment.Item item : assignment.exercises()) {
      Exercise e = item.exercise();
      List<Manifest.Entry> tests = manifest.entries().stream().filter(x -> x.exercise() == e).toList();
      double weights = tests.stream().mapToDouble(Manifest.Entry::weight).sum();
      double sum = 0;
      List<Scorecard.TestResult> results = new ArrayList<>();
      for (Manifest.Entry t : tests) {
        TestEvent ev = outcomes.get(t.id());
        Outcome o = ev == null ? Outcome.NOT_RUN : ev.outcome();
        double share = item.points() * t.weight() / weights;
        double pts = o == Outcome.PASSED ? share : 0;
        sum += pts;
        results.add(new Scorecard.TestResult(t.id(), t.className().replace("HiddenTests", "").replace("PublicTests", "") + "." + t.method(), o.name(), round(pts), round(share),
            o == Outcome.PASSED ? null : studentMessage(o, ev, t.publicInputs()), ev == null ? null : ev.where(), ev == null ? null : ev.exception(),
            ev == null ? null : ev.message(), ev == null || o == Outcome.PASSED ? null : ev.hintKey(), ev == null || o == Outcome.PASSED ? null : ev.hint(),
            ev == null ? List.of() : ev.gradientChecks().stream().map(Scorecard.GradientCheck::parse).filter(java.util.Objects::nonNull).toList()));
      }
      raw += sum;
      exercises.add(new Scorecard.ExerciseResult(e.id(), e.title(language), e.source(), round(sum), round(item.points()), results));
    }
    // an assignment without exercises (a leaderboard only) runs no tests, so no canary either
    boolean tests = !manifest.entries().isEmpty();
    String canary = tests ? outcomeOf(outcomes, manifest.entries().stream().filter(Manifest.Entry::canary).findFirst().orElseThrow()) : "NONE";
    String control = tests ? outcomeOf(outcomes, manifest.entries().stream().filter(Manifest.Entry::control).findFirst().orElseThrow()) : "NONE";
    Scorecard.Status status = Scorecard.Status.GRADED;
    List<String> allNotes = new ArrayList<>(notes);
    if (tests && (!canary.equals("FAILED") || !control.equals("PASSED"))) {
      status = Scorecard.Status.FLAGGED;
      allNotes.add(Messages.get(language, "integrity.flagged", canary, control));
    }
    Scorecard.Late late = null;
    double score = raw;
    if (assignment.deadlineTime().isPresent() && s.submittedAt().isPresent()) {
      Instant deadline = assignment.deadlineTime().get().toInstant();
      Instant at = s.submittedAt().get();
      if (at.isAfter(deadline)) {
        long secondsLate = Duration.between(deadline, at).toSeconds();
        int days = (int) ((secondsLate + 86_399) / 86_400);
        Assignment.LatePolicy policy = assignment.latePolicy();
        if (policy == null || days > policy.maxDaysLate()) {
          status = status == Scorecard.Status.FLAGGED ? status : Scorecard.Status.TOO_LATE;
          late = new Scorecard.Late(days, 1.0);
          allNotes.add(Messages.get(language, "late.rejected", days));
        } else {
          double fraction = Math.min(1.0, policy.penaltyPerDay() * days);
          late = new Scorecard.Late(days, round(fraction));
          score = raw * (1 - fraction);
          allNotes.add(Messages.get(language, "late.penalty", days, Math.round(fraction * 100)));
        }
      }
    }
    if (status != Scorecard.Status.GRADED) {
      score = 0;
    }
    Scorecard.SubmissionInfo info = new Scorecard.SubmissionInfo(s.file().getFileName().toString(), s.sha256(), s.exerciseSetVersion(),
        s.submittedAt().map(Instant::toString).orElse(null), s.classes().size(), s.dropped().isEmpty() ? null : s.dropped());
    return new Scorecard(Scorecard.SCHEMA, assignmentRef(), s.student(), status, round(score), round(assignment.maxPoints()), round(raw), late, info,
        new Scorecard.Integrity(canary, control, rejected, runs), exercises, allNotes, isolation, gradedAt.toString());
  }

  /** The scorecard of a jar that could not be graded at all. */
  public Scorecard invalid(String student, String fileName, String reason, Instant gradedAt) {
    List<Scorecard.ExerciseResult> exercises = new ArrayList<>();
    for (Assignment.Item item : assignment.exercises()) {
      exercises.add(new Scorecard.ExerciseResult(item.id(), item.exercise().title(language), item.exercise().source(), 0, round(item.points()), List.of()));
    }
    return new Scorecard(Scorecard.SCHEMA, assignmentRef(), student, Scorecard.Status.INVALID, 0, round(assignment.maxPoints()), 0, null,
        new Scorecard.SubmissionInfo(fileName, null, null, null, 0, null), null, exercises, List.of(reason), null, gradedAt.toString());
  }

  private Scorecard.AssignmentRef assignmentRef() {
    String title = assignment.title().getOrDefault(language == Language.JA ? "ja" : "en", assignment.id());
    return new Scorecard.AssignmentRef(assignment.id(), title);
  }

  private static String outcomeOf(Map<String, TestEvent> outcomes, Manifest.Entry e) {
    TestEvent ev = outcomes.get(e.id());
    return ev == null ? Outcome.NOT_RUN.name() : ev.outcome().name();
  }

  /**
   * What the student is told: for a test on public inputs (the lectures' examples, the kit's hand-worked
   * cases) the full message of the testkit's check, with expected and actual values, worst index and
   * tolerance; for one on hidden inputs only the safe message; otherwise the kind of failure and where.
   */
  private String studentMessage(Outcome o, TestEvent ev, boolean publicInputs) {
    if (ev == null) {
      return Messages.get(language, "outcome.not-run");
    }
    return switch (o) {
      case FAILED -> {
        if (publicInputs && ev.studentMessage() != null && ev.message() != null) {
          yield ev.message(); // a testkit check: its full text is written for students, and these inputs are public
        }
        if (ev.studentMessage() != null) {
          yield ev.studentMessage();
        }
        if ("dev.nngrade.contract.NotImplemented".equals(ev.exception()) && ev.message() != null) {
          yield ev.message();
        }
        if (ev.exception() != null && ev.exception().startsWith("org.opentest4j.")) {
          yield Messages.get(language, "outcome.failed");
        }
        yield Messages.get(language, "outcome.exception", ev.exception() == null ? "?" : ev.exception());
      }
      case ABORTED -> Messages.get(language, "outcome.aborted");
      case SKIPPED -> Messages.get(language, "outcome.skipped");
      case TIMED_OUT -> Messages.get(language, "outcome.timed-out", assignment.limits().testTimeoutSeconds());
      case CRASHED -> Messages.get(language, "outcome.crashed");
      case NOT_RUN -> ev.exception() != null ? Messages.get(language, "outcome.container", ev.exception()) : Messages.get(language, "outcome.not-run");
      case PASSED -> null;
    };
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
