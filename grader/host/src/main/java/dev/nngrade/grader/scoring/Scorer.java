package dev.nngrade.grader.scoring;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import dev.nngrade.exercises.testkit.Text;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.CodeReferences;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.judging.Verdict;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.results.Outcome;
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
    this.language = assignment.language();
  }

  public Scorecard score(Submission s, Map<String, Verdict> verdicts, int rejected, int runs, String isolation, Instant gradedAt, List<String> notes) {
    List<Scorecard.ExerciseResult> exercises = new ArrayList<>();
    double raw = 0;
    for (Assignment.Item item : assignment.exercises()) {
      Exercise e = item.exercise();
      List<Manifest.Entry> tests = manifest.entries().stream().filter(x -> x.exercise() == e).toList();
      double weights = tests.stream().mapToDouble(Manifest.Entry::weight).sum();
      double sum = 0;
      List<Scorecard.TestResult> results = new ArrayList<>();
      for (Manifest.Entry t : tests) {
        Verdict v = verdicts.get(t.id());
        Outcome o = v == null ? Outcome.NOT_RUN : v.outcome();
        double share = item.points() * t.weight() / weights;
        double pts = o == Outcome.PASSED ? share : 0;
        sum += pts;
        results.add(result(t, e, v, o, round(pts), round(share)));
      }
      raw += sum;
      exercises.add(new Scorecard.ExerciseResult(e.id(), e.title(language), e.source(language), round(sum), round(item.points()), results));
    }
    // an assignment without exercises (a leaderboard only) runs no tests, so no canary either
    boolean tests = !manifest.entries().isEmpty();
    String canary = tests ? outcomeOf(verdicts, manifest.entries().stream().filter(Manifest.Entry::canary).findFirst().orElseThrow()) : "NONE";
    String control = tests ? outcomeOf(verdicts, manifest.entries().stream().filter(Manifest.Entry::control).findFirst().orElseThrow()) : "NONE";
    Scorecard.Status status = Scorecard.Status.GRADED;
    List<String> allNotes = new ArrayList<>(notes);
    // the canary and the control run first; when the budget left no time even for them, nothing ran and nothing could be forged
    boolean unchecked = tests && outOfTime(verdicts, manifest.entries().stream().filter(Manifest.Entry::canary).findFirst().orElseThrow())
        && outOfTime(verdicts, manifest.entries().stream().filter(Manifest.Entry::control).findFirst().orElseThrow());
    if (tests && !unchecked && (!canary.equals("FAILED") || !control.equals("PASSED"))) {
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
        new Scorecard.Integrity(canary, control, rejected, runs, code(s)), exercises, allNotes, isolation, gradedAt.toString());
  }

  private static List<CodeReferences.Finding> code(Submission s) {
    try {
      return CodeReferences.in(s.canonicalJar());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the canonical jar intake built cannot be read again", e);
    }
  }

  /** The scorecard of a jar that could not be graded at all. */
  public Scorecard invalid(String student, String fileName, String reason, Instant gradedAt) {
    return unscored(Scorecard.Status.INVALID, student, fileName, reason, gradedAt);
  }

  /** The scorecard of a submission the grader failed on (see {@link Scorecard.Status#ERROR}). */
  public Scorecard error(String student, String fileName, String reason, Instant gradedAt) {
    return unscored(Scorecard.Status.ERROR, student, fileName, reason, gradedAt);
  }

  private Scorecard unscored(Scorecard.Status status, String student, String fileName, String reason, Instant gradedAt) {
    List<Scorecard.ExerciseResult> exercises = new ArrayList<>();
    for (Assignment.Item item : assignment.exercises()) {
      exercises.add(new Scorecard.ExerciseResult(item.id(), item.exercise().title(language), item.exercise().source(language), 0, round(item.points()), List.of()));
    }
    return new Scorecard(Scorecard.SCHEMA, assignmentRef(), student, status, 0, round(assignment.maxPoints()), 0, null,
        new Scorecard.SubmissionInfo(fileName, null, null, null, 0, null), null, exercises, List.of(reason), null, gradedAt.toString());
  }

  private Scorecard.AssignmentRef assignmentRef() {
    return new Scorecard.AssignmentRef(assignment.id(), assignment.title(language));
  }

  private static boolean outOfTime(Map<String, Verdict> verdicts, Manifest.Entry e) {
    Verdict v = verdicts.get(e.id());
    return v != null && v.reason() instanceof Verdict.Reason.OutOfTime;
  }

  private static String outcomeOf(Map<String, Verdict> verdicts, Manifest.Entry e) {
    Verdict v = verdicts.get(e.id());
    return v == null ? Outcome.NOT_RUN.name() : v.outcome().name();
  }

  /**
   * One test's line. What the student reads is written by the grader, from its own words, the
   * test's verdict and a mistake hint it looked up itself, except for tests on public inputs (the
   * lectures' examples, the kit's hand-worked cases): there the testkit's full text of the failed
   * check (expected and actual values, worst index, tolerance) and where in the student's code are
   * shown too, because those tests run before any test on hidden inputs (see {@code Grader}), so
   * nothing hidden can have reached them. Everything else the child reported goes to the
   * instructor's fields only.
   */
  private Scorecard.TestResult result(Manifest.Entry t, Exercise exercise, Verdict v, Outcome o, double points, double share) {
    String name = t.className().replace("HiddenTests", "").replace("PublicTests", "") + "." + t.method();
    if (v == null) {
      return new Scorecard.TestResult(t.id(), name, o, points, share, Messages.get(language, "outcome.not-run"), null, null, null, null, null, List.of());
    }
    boolean open = t.publicInputs();
    String hintKey = o == Outcome.PASSED ? null : hintKey(v.reason());
    String hint = hintKey == null ? null : Text.in(language, hintKey);
    Event.Thrown thrown = v.reason() instanceof Verdict.Reason.Threw th ? th.thrown() : v.reason() instanceof Verdict.Reason.ContainerFailed c ? c.thrown() : null;
    String where = open && thrown != null ? thrown.where() : null;
    String exception = thrown == null ? null : thrown.type() != null ? thrown.type() : "(" + thrown.origin().name().toLowerCase(java.util.Locale.ROOT) + ")";
    List<Scorecard.GradientCheck> rows = open ? v.gradients().stream().map(Scorer::row).toList() : List.of();
    return new Scorecard.TestResult(t.id(), name, o, points, share, o == Outcome.PASSED ? null : studentMessage(o, v.reason(), exercise, open, hint),
        where, exception, o == Outcome.PASSED ? null : instructorMessage(v.reason()), hintKey, hint, rows);
  }

  private static Scorecard.GradientCheck row(Event.GradientRow g) {
    return new Scorecard.GradientCheck(g.parameter(), g.maxRelativeError(), g.worstIndex(),
        dev.nngrade.exercises.testkit.Tolerance.of(g.toleranceAbs(), g.toleranceRel()).toString(), g.passed());
  }

  /** The mistake a failure points at, when its key is one of the testkit's hints (a child's key is checked, never shown as it is). */
  private static String hintKey(Verdict.Reason reason) {
    String key = switch (reason) {
      case Verdict.Reason.CheckFailed c -> c.hintKey();
      case Verdict.Reason.Mismatch m -> m.hintKey();
      case null, default -> null;
    };
    return Text.isHint(key) ? key : null;
  }

  private String studentMessage(Outcome o, Verdict.Reason reason, Exercise exercise, boolean open, String hint) {
    return switch (o) {
      case FAILED -> switch (reason) {
        case Verdict.Reason.CheckFailed c when open && c.message() != null -> c.message();
        case Verdict.Reason.CheckFailed c -> hidden(hint);
        case Verdict.Reason.Mismatch m -> hidden(hint);
        case Verdict.Reason.Threw th -> thrown(th.thrown(), exercise, open);
        case null, default -> Messages.get(language, "outcome.failed");
      };
      case ABORTED -> Messages.get(language, "outcome.aborted");
      case SKIPPED -> Messages.get(language, "outcome.skipped");
      case TIMED_OUT -> reason instanceof Verdict.Reason.OutOfTime t ? Messages.get(language, "outcome.budget-running", t.budgetSeconds())
          : Messages.get(language, "outcome.timed-out", assignment.limits().testTimeoutSeconds());
      case CRASHED -> Messages.get(language, "outcome.crashed");
      case NOT_RUN -> reason instanceof Verdict.Reason.OutOfTime t ? Messages.get(language, "outcome.budget", t.budgetSeconds())
          : reason instanceof Verdict.Reason.ContainerFailed c && c.thrown() != null
          ? c.thrown().type() != null && c.thrown().origin() == Event.Origin.JDK ? Messages.get(language, "outcome.container", c.thrown().type())
              : Messages.get(language, "outcome.container-own")
          : Messages.get(language, "outcome.not-run");
      case PASSED -> null;
    };
  }

  /** A failed check on hidden inputs: a fixed sentence and the hint. */
  private String hidden(String hint) {
    return Text.in(language, "hidden.failed") + (hint == null ? "" : " " + Text.in(language, "hint", hint));
  }

  private String thrown(Event.Thrown t, Exercise exercise, boolean open) {
    if (t == null) {
      return Messages.get(language, "outcome.failed");
    }
    return switch (t.origin()) {
      case NOT_IMPLEMENTED -> open && t.where() != null
          ? Messages.get(language, "outcome.not-implemented-method", exercise.source(language), exercise.title(language), t.where().replaceAll(":\\d+$", ""))
          : Messages.get(language, "outcome.not-implemented", exercise.source(language), exercise.title(language));
      case JDK -> Messages.get(language, "outcome.exception", t.type());
      case SUBMISSION -> Messages.get(language, "outcome.exception-own");
      case ASSERTION, GRADER -> Messages.get(language, "outcome.failed");
    };
  }

  /** What the instructor reads: everything the host knows of the failure, capped. */
  private static String instructorMessage(Verdict.Reason reason) {
    String text = switch (reason) {
      case Verdict.Reason.CheckFailed c -> c.message();
      case Verdict.Reason.Mismatch m -> m.detail();
      case Verdict.Reason.Threw th -> th.thrown() == null ? null : describe(th.thrown());
      case Verdict.Reason.ContainerFailed c -> c.thrown() == null ? "the test class could not start" : "the test class could not start: " + describe(c.thrown());
      case Verdict.Reason.Lost l -> l.detail();
      case Verdict.Reason.OutOfTime t -> "the submission's time budget of " + t.budgetSeconds() + " s (submissionTimeoutSeconds, all its runs together) ran out";
      case null -> null;
    };
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }

  private static String describe(Event.Thrown t) {
    return (t.type() != null ? t.type() : "an exception of a class the submission defined") + (t.where() != null ? " at " + t.where() : "");
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
