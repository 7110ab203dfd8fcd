package dev.nngrade.grader.leaderboard;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One assignment's leaderboard during a grading run: its hidden data, the evaluator and the history.
 * A submission already in the history (same student, jar and data) is not evaluated again unless
 * forced, so a run stopped midway resumes; one past the daily limit is stored as such, unevaluated.
 */
public final class Leaderboard {
  private final Assignment assignment;
  private final LeaderboardSpec spec;
  private final History history;
  private final Evaluator evaluator;
  private final Language language;
  private final boolean force;
  private volatile Set<String> overLimit = Set.of();

  public Leaderboard(Assignment assignment, Path assignmentFolder, History history, ChildJvm jvm, boolean force) throws IOException {
    this.assignment = assignment;
    this.spec = assignment.leaderboard();
    this.history = history;
    this.language = assignment.language();
    this.evaluator = new Evaluator(spec, HiddenData.load(spec, assignmentFolder), jvm, language);
    this.force = force;
  }

  /** A leaderboard that only writes pages from its history: it evaluates nothing, so it needs no child JVM. */
  public static Leaderboard forPages(Assignment assignment, Path assignmentFolder, History history) throws IOException {
    return new Leaderboard(assignment, assignmentFolder, history, null, false);
  }

  public LeaderboardSpec spec() {
    return spec;
  }

  public HiddenData data() {
    return evaluator.data();
  }

  public History history() {
    return history;
  }

  /** When a submission counts as submitted: its sidecar time, else the jar's modification time. */
  public static Instant submittedAt(Submission s) throws IOException {
    return s.submittedAt().isPresent() ? s.submittedAt().get() : Files.getLastModifiedTime(s.file()).toInstant();
  }

  /** Decides, before any evaluation, which of this run's submissions are past the daily limit (with the history's). */
  public void planDailyLimit(List<Standings.Submitted> thisRun) throws IOException {
    List<Standings.Submitted> all = new java.util.ArrayList<>(thisRun);
    for (History.Entry e : history.all(assignment.id(), data().fingerprint())) {
      if (!e.baseline()) {
        all.add(new Standings.Submitted(e.student(), e.sha256(), e.submittedAt()));
      }
    }
    overLimit = Set.copyOf(Standings.overLimit(spec, all.stream().distinct().toList()));
  }

  /** Evaluates (or finds in the history) the submission's model; {@code timings} hears the run's time when one ran. */
  public History.Entry evaluate(Submission s, Path scratch, int slot, Consumer<Evaluator.Result> timings) throws IOException {
    String data = data().fingerprint();
    Optional<History.Entry> known = history.find(assignment.id(), data, s.student(), s.sha256());
    if (known.isPresent() && !force) {
      return known.get();
    }
    Instant at = submittedAt(s);
    History.Entry entry;
    if (overLimit.contains(s.student() + "/" + s.sha256())) {
      entry = new History.Entry(s.student(), s.sha256(), at, new Evaluation(Evaluation.OVER_LIMIT, Messages.get(language, "leaderboard.over-limit", spec.dailyLimit()),
          null, null, null, null, null, null, java.util.Map.of()), null, Instant.now());
    } else {
      Evaluator.Result r = evaluator.evaluate(s, scratch, slot);
      timings.accept(r);
      entry = new History.Entry(s.student(), s.sha256(), at, r.evaluation(), r.millisPerImage(), Instant.now());
    }
    history.put(assignment.id(), data, entry);
    return entry;
  }

  /** What the student's scorecard shows: public figures only, unless the final ranking has been published. */
  public Scorecard.LeaderboardResult forStudent(Evaluation e) {
    boolean fin = spec.phase().equals("final");
    String metricName = Messages.get(language, "leaderboard.metric." + spec.metric());
    Double accuracy = fin ? e.privateAccuracy() : e.publicAccuracy();
    return new Scorecard.LeaderboardResult(e.status(), e.reason(), fin ? e.privateMetric() : e.publicMetric(), metricName, accuracy,
        accuracy == null ? null : Messages.get(language, "leaderboard.accuracy"), fin ? "private" : "public", e.parameters(),
        e.ineligible() == null || e.ineligible().isEmpty() ? null : e.ineligible());
  }

  /** Trains and evaluates the baselines the history lacks; {@code progress} hears each one. */
  public void baselines(Consumer<String> progress) throws IOException {
    for (String id : spec.baselines()) {
      String recipe = Baselines.recipe(id, spec.split().seed());
      String student = Baselines.PREFIX + id;
      if (history.find(assignment.id(), data().fingerprint(), student, recipe).isPresent() && !force) {
        continue;
      }
      progress.accept(id);
      Evaluation ev = Baselines.trainAndEvaluate(id, data(), spec.split().seed(), progress);
      // a baseline's "submission time" is the start of the history; baselines take no rank anyway
      history.put(assignment.id(), data().fingerprint(), new History.Entry(student, recipe, Instant.EPOCH, ev, null, Instant.now()));
    }
  }

  /** The standings from the history: on the public part, or on the private part for the final ranking. */
  public List<Standings.Track> standings(boolean privatePart) throws IOException {
    return Standings.build(spec, assignment.id(), history.all(assignment.id(), data().fingerprint()), privatePart, language);
  }

  public Assignment assignment() {
    return assignment;
  }
}
