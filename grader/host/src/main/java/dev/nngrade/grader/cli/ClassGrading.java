package dev.nngrade.grader.cli;

import dev.nngrade.grader.Grader;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.intake.InvalidSubmissionException;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.ReferenceRun;
import dev.nngrade.grader.leaderboard.History;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.leaderboard.LeaderboardPages;
import dev.nngrade.grader.leaderboard.Standings;
import dev.nngrade.grader.output.Files2;
import dev.nngrade.grader.output.Reports;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.ChildRuntime;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.scoring.Manifest;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Grades a folder of submissions with N sandboxes side by side, with a progress bar and a summary table. */
final class ClassGrading {
  private ClassGrading() {}

  /**
   * {@code leaderboard}: the student page of the leaderboard, when the assignment has one;
   * {@code intake}: what intake found and decided; {@code warnings}: problems in the instructor's
   * files beside the jars (also printed on stderr).
   */
  record Result(List<Scorecard> cards, long millis, Path leaderboard, IntakeReport intake, List<String> warnings) {}

  /** A class this large pays back the training run of the class-data archive (about 3 s). */
  static final int ARCHIVE_FROM = 8;

  static Result run(Assignment assignment, Path submissions, Path out, int jobs, boolean force, SandboxPolicy policy, boolean progress, PrintWriter err)
      throws IOException, InterruptedException {
    return run(assignment, submissions, Intake.Options.defaults(), out, jobs, force, policy, progress, err);
  }

  /** {@code intake}: layout, roster and policy; the deadline is the assignment's unless the options name one. */
  static Result run(Assignment assignment, Path submissions, Intake.Options intake, Path out, int jobs, boolean force, SandboxPolicy policy, boolean progress,
      PrintWriter err) throws IOException, InterruptedException {
    Path work = out.resolve(".nngrade");
    Files.createDirectories(work);
    Manifest manifest = Manifest.of(assignment);
    Intake.Options options = intake.deadline().isPresent() ? intake : intake.withDeadline(assignment.deadlineTime().map(java.time.OffsetDateTime::toInstant));
    // before the sandbox is prepared: a folder or roster the instructor must fix stops the run at once
    IntakeReport found = Intake.scan(submissions, Files.createDirectories(work.resolve("unpacked")), options);
    List<String> dirs = Grader.directoryNames(found.candidates());
    report(found, dirs, out, err);
    if (found.candidates().isEmpty()) {
      throw new IllegalArgumentException(submissions + " holds no .jar or .zip files to grade"
          + (found.skipped().isEmpty() ? "" : " (" + found.skipped().size() + " entries skipped, listed in " + out.resolve("intake.json") + ")"));
    }
    try (SandboxArea area = SandboxArea.create()) {
      return run(assignment, manifest, area, found, dirs, out, jobs, force, policy, progress, err);
    }
  }

  private static Result run(Assignment assignment, Manifest manifest, SandboxArea area, IntakeReport intake, List<String> dirs, Path out, int jobs,
      boolean force, SandboxPolicy policy, boolean progress, PrintWriter err) throws IOException, InterruptedException {
    ChildRuntime runtime = area.runtime();
    Path scratch = area.runs();
    List<Intake.Candidate> candidates = intake.candidates();
    ChildJvm jvm = sandbox(runtime, policy, scratch, err);
    MasterSeed seeds = MasterSeed.of(java.util.Optional.ofNullable(assignment.hiddenSeed()), out.resolve(".nngrade"));
    Expectations expectations = ReferenceRun.forClass(jvm, scratch, manifest, assignment, seeds);
    Grader grader = new Grader(new Grader.Setup(assignment, manifest, jvm, out, scratch, force, "dev.nngrade.student", ChildJvm.Modules.TESTS, expectations, seeds));
    if (candidates.size() >= ARCHIVE_FROM && !manifest.entries().isEmpty()) {
      // one run without a submission, so that every later child maps the classes instead of loading them
      jvm.trainSharedArchive(scratch.getParent().resolve("child.jsa"), grader.requestForAll());
    }
    Leaderboard board = null;
    History history = null;
    if (assignment.leaderboard() != null) {
      history = History.open(out.resolve("leaderboard/history.sqlite"));
      board = new Leaderboard(assignment, Path.of(""), history, jvm, force);
      board.planDailyLimit(submitted(candidates));
      grader.with(board);
    }
    try {
      return grade(assignment, grader, board, intake, dirs, out, jobs, progress, err);
    } finally {
      if (history != null) {
        history.close();
      }
    }
  }

  /**
   * The child JVMs of this run, after one child with nothing to run: a sandbox that cannot start or
   * confine itself stops the run here, before any student, unless the policy may go lower ({@code
   * demo}), which is then said on stderr. What is in force is printed either way.
   */
  static ChildJvm sandbox(ChildRuntime runtime, SandboxPolicy policy, Path scratch, PrintWriter err) throws IOException {
    for (SandboxPolicy p = policy; ; ) {
      ChildJvm jvm = new ChildJvm(runtime, p);
      try {
        String child = jvm.selfCheck(scratch);
        for (String line : p.statement(child)) {
          err.println("nngrade: " + line);
        }
        err.flush();
        return jvm;
      } catch (dev.nngrade.grader.sandbox.SandboxUnavailableException e) {
        java.util.Optional<SandboxPolicy> lower = p.lower();
        if (lower.isEmpty()) {
          throw e;
        }
        err.println("nngrade: warning: " + e.getMessage() + "; trying isolation " + lower.get().level().id());
        p = lower.get();
      }
    }
  }

  /** The intake report in {@code intake.json}, and on stderr what needs a look (the rest counted). */
  private static void report(IntakeReport intake, List<String> dirs, Path out, PrintWriter err) throws IOException {
    Files2.writeAtomically(out.resolve("intake.json"), ResultWriters.JSON.writeValueAsString(intake.toMap(dirs)) + "\n");
    List<String> lines = intake.lines();
    int shown = Math.min(lines.size(), 40);
    for (String line : lines.subList(0, shown)) {
      err.println("nngrade: intake: " + line);
    }
    if (shown < lines.size()) {
      err.println("nngrade: intake: " + (lines.size() - shown) + " more lines in " + out.resolve("intake.json"));
    }
    err.flush();
  }

  /** Who submitted what when, for the daily limit, by the id the layout gave; a jar that cannot be read is not counted. */
  private static List<Standings.Submitted> submitted(List<Intake.Candidate> candidates) throws IOException {
    List<Standings.Submitted> out = new ArrayList<>();
    for (Intake.Candidate c : candidates) {
      try {
        Submission s = SubmissionJar.read(c);
        out.add(new Standings.Submitted(s.student(), s.sha256(), Leaderboard.submittedAt(s)));
      } catch (InvalidSubmissionException e) {
        // graded as invalid; it takes no slot of the day
      }
    }
    return out;
  }

  private static Result grade(Assignment assignment, Grader grader, Leaderboard board, IntakeReport intake, List<String> dirs, Path out,
      int jobs, boolean progress, PrintWriter err) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    List<Intake.Candidate> candidates = intake.candidates();
    BlockingQueue<Integer> slots = new LinkedBlockingQueue<>();
    for (int i = 0; i < jobs; i++) {
      slots.add(i);
    }
    List<Scorecard> cards = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(jobs);
        ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("grading").setInitialMax(candidates.size()).setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250).showSpeed().build() : null) {
      List<Future<Scorecard>> futures = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        Intake.Candidate c = candidates.get(i);
        String dir = dirs.get(i);
        futures.add(pool.submit(() -> {
          int slot = slots.take();
          try {
            return grader.grade(c, dir, slot);
          } finally {
            slots.add(slot);
            if (bar != null) {
              bar.step();
              bar.setExtraMessage(dir);
            }
          }
        }));
      }
      for (Future<Scorecard> f : futures) {
        try {
          cards.add(f.get());
        } catch (ExecutionException e) {
          throw new IOException("grading failed: " + e.getCause(), e.getCause());
        }
      }
    }
    ResultWriters.grades(out.resolve("grades.csv"), cards);
    Reports.write(out, dirs, cards, assignment);
    Path page = null;
    if (board != null) {
      board.baselines(id -> {
        err.println("nngrade: " + id);
        err.flush();
      });
      page = LeaderboardPages.write(board, out);
    }
    List<String> warnings = grader.warnings();
    for (String w : warnings) {
      err.println("nngrade: warning: " + w);
    }
    err.flush();
    return new Result(cards, (System.nanoTime() - t0) / 1_000_000, page, intake, warnings);
  }

  static void printSummary(PrintWriter w, List<Scorecard> cards, long millis) {
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
