package dev.nngrade.grader.grading;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.ReferenceRun;
import dev.nngrade.grader.leaderboard.History;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.leaderboard.LeaderboardPages;
import dev.nngrade.grader.leaderboard.Standings;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.DiskSpace;
import dev.nngrade.grader.output.OutputException;
import dev.nngrade.grader.output.Reports;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.output.Review;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.ChildRuntime;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.sandbox.SandboxUnavailableException;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Grades a class: intake of the submissions folder, a sandbox that proved itself, the reference's
 * run, then every submission with N sandboxes side by side ({@link Grader}), then the class's files
 * (grades.csv, the reports, the leaderboard pages). What happens is told to a {@link Listener}; the
 * command line decides how to show it.
 */
public final class ClassRun {
  /**
   * How to grade a class: the submissions folder and how intake reads it, the output folder, how many
   * sandboxes side by side, whether to grade again what is done, the sandbox's isolation, and the
   * shard of the class to grade (all of it when empty).
   */
  public record Options(Path submissions, Intake.Options intake, Path out, int jobs, boolean force, SandboxPolicy sandbox, Optional<Shard> shard) {
    public Options {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs " + jobs + ": expected at least 1");
      }
    }

    /** Default intake, two sandboxes, nothing graded again. */
    public static Options of(Path submissions, Path out, SandboxPolicy sandbox) {
      return new Options(submissions, Intake.Options.defaults(), out, 2, false, sandbox, Optional.empty());
    }

    public Options withIntake(Intake.Options i) {
      return new Options(submissions, i, out, jobs, force, sandbox, shard);
    }

    public Options withJobs(int n) {
      return new Options(submissions, intake, out, n, force, sandbox, shard);
    }

    public Options withForce(boolean f) {
      return new Options(submissions, intake, out, jobs, f, sandbox, shard);
    }

    /** Only the students of {@code s} are graded; intake still reads the whole folder (see {@link #run}). */
    public Options withShard(Shard s) {
      return new Options(submissions, intake, out, jobs, force, sandbox, Optional.of(s));
    }
  }

  /** One more submission graded: {@code kept} when its files were complete from an earlier run and nothing ran. */
  public record Progress(int done, int total, String folder, Scorecard card, boolean kept) {}

  /** What a class run tells as it goes. */
  public interface Listener {
    /** A line about the run as a whole: what intake found, the sandbox in force, a warning, a baseline being trained. */
    void note(String line);

    /** One more submission is graded (or found graded); called from the grading threads. */
    void graded(Progress progress);

    Listener QUIET = new Listener() {
      @Override
      public void note(String line) {}

      @Override
      public void graded(Progress progress) {}
    };
  }

  /**
   * {@code cards}, {@code folders} and {@code reviews} (what the instructor must act on): one per intake
   * candidate, in intake's order; {@code leaderboard}:
   * the student page of the leaderboard, when the assignment has one; {@code warnings}: problems in the
   * instructor's files beside the jars (also told to the listener).
   */
  public record Result(List<Scorecard> cards, List<String> folders, List<Review> reviews, long millis, Optional<Path> leaderboard, IntakeReport intake,
      List<String> warnings) {}

  /** A class this large pays back the training run of the class-data archive (about 3 s). */
  static final int ARCHIVE_FROM = 8;

  private ClassRun() {}

  public static Result run(Assignment assignment, Options o, Listener listener) throws IOException, InterruptedException {
    if (o.shard().isPresent() && assignment.hiddenSeed() == null) {
      // grade --shard says so in the instructor's words before this; here for callers that build the options themselves
      throw new IllegalArgumentException("a shard grades with the assignment's hiddenSeed, and " + assignment.id() + " has none");
    }
    Path work = o.out().resolve(".nngrade");
    // a full disk is said before anything runs, not after the class was graded
    DiskSpace.require(o.out(), DiskSpace.BASE_BYTES, "a class run");
    Files.createDirectories(work);
    Manifest manifest = Manifest.of(assignment);
    Intake.Options options = o.intake().deadline().isPresent() ? o.intake() : o.intake().withDeadline(assignment.deadlineTime().map(OffsetDateTime::toInstant));
    // before the sandbox is prepared: a folder or roster the instructor must fix stops the run at once
    IntakeReport whole = Intake.scan(o.submissions(), Files.createDirectories(work.resolve("unpacked")), options);
    List<String> wholeDirs = Grader.directoryNames(whole.candidates());
    // a shard reads the whole folder all the same: folder names, a jar claiming a classmate's id and the roster's missing students are
    // decided over the class, so every shard writes the intake.json a run over the whole class writes, and merge checks that they agree
    IntakeReport found = o.shard().isEmpty() ? whole : whole.restrictedTo(o.shard().get()::contains);
    List<String> dirs = new ArrayList<>();
    for (int i = 0; i < whole.candidates().size(); i++) {
      if (o.shard().isEmpty() || o.shard().get().contains(whole.candidates().get(i).student())) {
        dirs.add(wholeDirs.get(i));
      }
    }
    report(whole, wholeDirs, found, o.out(), listener);
    o.shard().ifPresent(s -> listener.note("shard " + s + ": " + found.candidates().size() + " of " + whole.candidates().size()
        + " submissions (the students whose id hashes to it); merge the shards' folders with nngrade merge"));
    if (whole.candidates().isEmpty()) {
      throw new IllegalArgumentException(o.submissions() + " holds no .jar or .zip files to grade"
          + (whole.skipped().isEmpty() ? "" : " (" + whole.skipped().size() + " entries skipped, listed in " + o.out().resolve("intake.json") + ")"));
    }
    DiskSpace.require(o.out(), DiskSpace.BASE_BYTES + found.candidates().size() * DiskSpace.PER_SUBMISSION_BYTES,
        "grading " + found.candidates().size() + " submission(s)");
    try (SandboxArea area = SandboxArea.create()) {
      ChildJvm jvm = sandbox(area.runtime(), o.sandbox(), area.runs(), listener);
      MasterSeed seeds = MasterSeed.of(Optional.ofNullable(assignment.hiddenSeed()), work);
      Expectations expectations = ReferenceRun.forClass(jvm, area.runs(), manifest, assignment, seeds);
      if (assignment.leaderboard() == null) {
        Grader grader = new Grader(new Grader.Setup(assignment, manifest, jvm, o.out(), area.runs(), o.force(), "dev.nngrade.student",
            ChildJvm.Modules.TESTS, expectations, seeds, Optional.empty()));
        return grade(assignment, grader, jvm, area, Optional.empty(), found, dirs, whole.candidates().size(), o, listener);
      }
      try (History history = History.open(o.out().resolve("leaderboard/history.sqlite"))) {
        Leaderboard board = new Leaderboard(assignment, Path.of(""), history, jvm, o.force());
        Grader grader = new Grader(new Grader.Setup(assignment, manifest, jvm, o.out(), area.runs(), o.force(), "dev.nngrade.student",
            ChildJvm.Modules.TESTS, expectations, seeds, Optional.of(board)));
        return grade(assignment, grader, jvm, area, Optional.of(board), found, dirs, whole.candidates().size(), o, listener);
      }
    }
  }

  /**
   * The child JVMs of this run, after one child with nothing to run: a sandbox that cannot start or
   * confine itself stops the run here, before any student, unless the policy may go lower ({@code
   * demo}), which is then said. What is in force is told either way.
   */
  public static ChildJvm sandbox(ChildRuntime runtime, SandboxPolicy policy, Path scratch, Listener listener) throws IOException {
    for (SandboxPolicy p = policy; ; ) {
      ChildJvm jvm = new ChildJvm(runtime, p);
      try {
        String child = jvm.selfCheck(scratch);
        for (String line : p.statement(child)) {
          listener.note(line);
        }
        return jvm;
      } catch (SandboxUnavailableException e) {
        Optional<SandboxPolicy> lower = p.lower();
        if (lower.isEmpty()) {
          throw e;
        }
        listener.note("warning: " + e.getMessage() + "; trying isolation " + lower.get().level().id());
        p = lower.get();
      }
    }
  }

  /**
   * The intake report of the whole class in {@code intake.json}, and for the listener what needs a
   * look in the part being graded ({@code part}: the whole class, or a shard's part; the rest counted).
   */
  private static void report(IntakeReport intake, List<String> dirs, IntakeReport part, Path out, Listener listener) throws IOException {
    AtomicFiles.write(out.resolve("intake.json"), intakeJson(intake, dirs));
    List<String> lines = part.lines();
    int shown = Math.min(lines.size(), 40);
    for (String line : lines.subList(0, shown)) {
      listener.note("intake: " + line);
    }
    if (shown < lines.size()) {
      listener.note("intake: " + (lines.size() - shown) + " more lines in " + out.resolve("intake.json"));
    }
  }

  /** The bytes of {@code intake.json}: a shard records their digest, and merge writes them again. */
  static String intakeJson(IntakeReport intake, List<String> dirs) throws IOException {
    return ResultWriters.JSON.writeValueAsString(intake.toMap(dirs)) + "\n";
  }

  /** {@code classSize}: the submissions of the whole class, of which a shard grades {@code intake}'s. */
  private static Result grade(Assignment assignment, Grader grader, ChildJvm jvm, SandboxArea area, Optional<Leaderboard> board, IntakeReport intake,
      List<String> dirs, int classSize, Options o, Listener listener) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    List<Intake.Candidate> candidates = intake.candidates();
    // decided by the class, not by a shard's part of it: every child of a class then starts the same way, and what a child prints
    // (which a timed-out test's instructor message quotes) is the same in a shard as in a run over the whole class
    if (classSize >= ARCHIVE_FROM && !grader.manifest().entries().isEmpty()) {
      // one run without a submission, so that every later child maps the classes instead of loading them
      jvm.trainSharedArchive(area.runs().getParent().resolve("child.jsa"), grader.requestForAll());
    }
    // each jar is read once: with a leaderboard all of them before grading, because the daily limit orders every entry first
    AtomicReferenceArray<SubmissionJar.Read> reads = new AtomicReferenceArray<>(candidates.size());
    if (board.isPresent()) {
      List<Standings.Submitted> submitted = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        SubmissionJar.Read read = SubmissionJar.tryRead(candidates.get(i));
        reads.set(i, read);
        if (read instanceof SubmissionJar.Read.Valid(var s)) {
          submitted.add(new Standings.Submitted(s.student(), s.sha256(), Leaderboard.submittedAt(s)));
        } // an invalid jar takes no slot of the day
      }
      board.get().planDailyLimit(submitted);
    }
    List<Scorecard> cards = gradeAll(grader, candidates, reads, dirs, o.jobs(), listener);
    List<Review> reviews = Review.of(cards, intake);
    ResultWriters.grades(o.out().resolve("grades.csv"), cards, reviews);
    Reports.write(o.out(), dirs, cards, reviews, assignment);
    Optional<Path> page = Optional.empty();
    if (board.isPresent()) {
      // the baselines are trained once per class: by shard 1, whose history merge takes them from
      if (o.shard().isEmpty() || o.shard().get().index() == 1) {
        board.get().baselines(id -> listener.note(id));
      }
      page = Optional.of(LeaderboardPages.write(board.get(), o.out()));
    }
    if (o.shard().isPresent()) {
      // last, so that its presence says the shard finished
      ShardRecord.of(o.shard().get(), assignment, grader.fingerprint(), Fingerprint.summary(grader.fingerprintParts()),
          sha256(Files.readAllBytes(o.out().resolve("intake.json"))), dirs).write(o.out());
    }
    List<String> warnings = grader.warnings();
    for (String w : warnings) {
      listener.note("warning: " + w);
    }
    return new Result(cards, dirs, reviews, (System.nanoTime() - t0) / 1_000_000, page, intake, warnings);
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Every candidate with {@code jobs} sandboxes side by side. A failure (the output folder cannot be
   * written, the sandbox area is gone) stops the class at once: no further submission starts, those in
   * progress finish and keep their files, and the first failure is thrown, so that a rerun goes on
   * from there instead of the instructor learning of a full disk after the whole class.
   */
  private static List<Scorecard> gradeAll(Grader grader, List<Intake.Candidate> candidates, AtomicReferenceArray<SubmissionJar.Read> reads, List<String> dirs, int jobs,
      Listener listener) throws IOException, InterruptedException {
    BlockingQueue<Integer> slots = new LinkedBlockingQueue<>();
    for (int i = 0; i < jobs; i++) {
      slots.add(i);
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger done = new AtomicInteger();
    List<Future<Scorecard>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(jobs)) {
      for (int i = 0; i < candidates.size(); i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          if (stop.get()) {
            return null;
          }
          int slot = slots.take();
          try {
            Intake.Candidate c = candidates.get(index);
            // a leaderboard class read every jar already; it is let go once used, so that its bytes can go too
            SubmissionJar.Read early = reads.getAndSet(index, null);
            SubmissionJar.Read read = early != null ? early : SubmissionJar.tryRead(c);
            boolean kept = read instanceof SubmissionJar.Read.Valid(var s) && grader.done(s, dirs.get(index));
            Scorecard card = grader.grade(c, read, dirs.get(index), slot);
            listener.graded(new Progress(done.incrementAndGet(), candidates.size(), dirs.get(index), card, kept));
            return card;
          } catch (IOException | RuntimeException e) {
            stop.set(true);
            throw e;
          } finally {
            slots.add(slot);
          }
        }));
      }
    }
    List<Scorecard> cards = new ArrayList<>();
    Throwable failure = null;
    for (Future<Scorecard> f : futures) {
      try {
        cards.add(f.get());
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
      }
    }
    if (failure == null) {
      return cards;
    }
    long graded = cards.stream().filter(java.util.Objects::nonNull).count();
    String after = graded + " of " + candidates.size() + " submissions were graded and keep their files; grading stopped there: run the same command"
        + " again to go on";
    if (failure instanceof OutputException out) {
      throw out.then(after);
    }
    throw new IOException("grading failed: " + failure + "; " + after, failure);
  }
}
