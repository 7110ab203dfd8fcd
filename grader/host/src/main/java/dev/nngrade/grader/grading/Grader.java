package dev.nngrade.grader.grading;

import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.GradescopeResults;
import dev.nngrade.grader.output.OutputException;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.Limits;
import dev.nngrade.grader.sandbox.RunFolder;
import dev.nngrade.grader.sandbox.SandboxUnavailableException;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.grader.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Grades one submission: its tests in child JVMs ({@link TestRuns}), then scoring and its files. A
 * submission whose files are complete for the same jar and fingerprint is not graded again unless
 * forced, so a grader killed mid-class resumes where it stopped.
 */
public final class Grader {
  /**
   * What grading needs: the assignment and its manifest, the child JVMs, where results go, whether to
   * regrade what is done, which implementations are under test and with which modules (validate-suite
   * grades the reference and its mutants), the reference's expectations, the seeds, and the
   * leaderboard that also evaluates each graded submission's model, if the assignment has one.
   */
  public record Setup(Assignment assignment, Manifest manifest, ChildJvm jvm, Path out, Path scratch, boolean force, String implementations,
      ChildJvm.Modules modules, Expectations expectations, MasterSeed seeds, Optional<Leaderboard> leaderboard) {}

  private final Setup setup;
  private final Assignment assignment;
  private final Manifest manifest;
  private final GradescopeResults.Options gradescope;
  private final SecureRandom keys = new SecureRandom();
  private final Queue<String> warnings = new ConcurrentLinkedQueue<>();
  private volatile String fingerprint;

  public Grader(Setup setup) {
    this.setup = setup;
    this.assignment = setup.assignment();
    this.manifest = setup.manifest();
    this.gradescope = GradescopeResults.Options.of(manifest);
  }

  public Manifest manifest() {
    return manifest;
  }

  /** Reads the candidate's jar and grades it into {@code out/<dirName>/}; {@code slot} separates concurrent sandboxes. */
  public Scorecard grade(Intake.Candidate candidate, String dirName, int slot) throws IOException {
    return grade(candidate, SubmissionJar.tryRead(candidate), dirName, slot);
  }

  /** Grades a candidate whose jar was read already (a class run reads each jar once). */
  public Scorecard grade(Intake.Candidate candidate, SubmissionJar.Read read, String dirName, int slot) throws IOException {
    return switch (read) {
      case SubmissionJar.Read.Invalid(var e) -> {
        Scorecard card = new Scorer(assignment, manifest).invalid(candidate.student(), candidate.jar().getFileName().toString(),
            Messages.get(assignment.language(), e.key(), e.args()), Instant.now());
        write(setup.out().resolve(dirName), card, Map.of("runs", List.of()));
        yield card;
      }
      case SubmissionJar.Read.Valid(var submission) -> {
        warnings.addAll(submission.warnings());
        yield grade(submission, dirName, slot);
      }
    };
  }

  /** What the instructor should fix in the files that came with the submissions graded so far (never charged to a student), sorted. */
  public List<String> warnings() {
    return warnings.stream().sorted().toList();
  }

  /** Whether a submission's files in {@code out/<dirName>/} are complete for this jar and fingerprint, so that it would not be graded again. */
  public boolean done(Submission submission, String dirName) throws IOException {
    Path dir = setup.out().resolve(dirName);
    Path stamp = dir.resolve(".graded");
    return !setup.force() && Files.isRegularFile(stamp) && Files.readString(stamp).trim().equals(stamp(submission))
        && Files.isRegularFile(dir.resolve("scorecard.json"));
  }

  private String stamp(Submission submission) throws IOException {
    return fingerprint() + " " + submission.sha256();
  }

  /** Grades an already validated submission (validate-suite grades the reference and mutants this way). */
  public Scorecard grade(Submission submission, String dirName, int slot) throws IOException {
    Path dir = setup.out().resolve(dirName);
    if (done(submission, dirName)) {
      return ResultWriters.JSON.readValue(dir.resolve("scorecard.json").toFile(), Scorecard.class);
    }
    Path done = dir.resolve(".graded");
    try {
      Files.deleteIfExists(done);
    } catch (IOException e) {
      throw new OutputException(done, OutputException.why(e), e);
    }
    try (RunFolder run = RunFolder.create(setup.scratch(), "run-")) {
      Path jar = run.jar(submission.canonicalJar());
      TestRuns.Graded g;
      try {
        g = manifest.entries().isEmpty() ? new TestRuns.Graded(Map.of(), 0, List.of()) : testRuns().run(manifest.entries(), launch(jar, slot));
      } catch (SandboxUnavailableException | IllegalStateException e) {
        // the grader's failure, not the student's: not scored, not marked done, so a rerun grades it again
        Scorecard card = new Scorer(assignment, manifest).error(submission.student(), submission.file().getFileName().toString(),
            Messages.get(assignment.language(), "grader.error", e.getMessage()), Instant.now());
        write(dir, card, Map.of("runs", List.of()));
        return card;
      }
      List<String> notes = new ArrayList<>();
      if (!submission.dropped().isEmpty()) {
        notes.add(Messages.get(assignment.language(), "intake.dropped", submission.dropped().size(), submission.dropped().get(0)));
      }
      if (setup.jvm().isolation() == Isolation.NONE) {
        notes.add(Messages.get(assignment.language(), "sandbox.none"));
      }
      Scorecard card = new Scorer(assignment, manifest).score(submission, g.verdicts(), g.rejected(), g.runs().size(), setup.jvm().isolation().id(),
          Instant.now(), notes);
      Map<String, Long> millis = new TreeMap<>();
      g.verdicts().forEach((id, v) -> millis.put(id, v.millis()));
      Map<String, Object> timings = new TreeMap<>(Map.of("runs", g.runs(), "tests", millis));
      if (setup.leaderboard().isPresent() && card.status() == Scorecard.Status.GRADED) {
        Leaderboard board = setup.leaderboard().get();
        var entry = board.evaluate(submission, setup.scratch(), slot, r -> timings.put("leaderboard",
            r.millisPerImage() == null ? Map.of("millis", r.runMillis()) : Map.of("millis", r.runMillis(), "millisPerInput", r.millisPerImage())));
        card = card.withLeaderboard(board.forStudent(entry.evaluation()));
      }
      write(dir, card, timings);
      AtomicFiles.write(done, stamp(submission) + "\n");
      return card;
    }
  }

  private TestRuns testRuns() {
    return new TestRuns(setup.jvm()::run, System::nanoTime, Duration.ofSeconds(assignment.limits().submissionTimeoutSeconds()), setup.expectations(),
        tests -> request(newKey(), tests));
  }

  private ChildJvm.Launch launch(Path jar, int slot) {
    Assignment.Limits l = assignment.limits();
    // the run's clock is set for each run from what is left of the submission's budget
    Limits limits = new Limits(Duration.ofSeconds(l.testTimeoutSeconds()), Duration.ofSeconds(l.submissionTimeoutSeconds()), l.heapMegabytes(),
        l.outputKilobytes());
    return ChildJvm.Launch.tests(jar, limits, slot, setup.modules());
  }

  private byte[] newKey() {
    byte[] key = new byte[Wire.KEY_BYTES];
    keys.nextBytes(key);
    return key;
  }

  /** A request for every manifest test, as a graded run gets it (the class-data archive is trained with it). */
  public Request.RunTests requestForAll() {
    return request(newKey(), manifest.entries());
  }

  /**
   * The request for the remaining tests, in batches: the canary and the control first (they run no
   * submission code and take no time, so that the submission's time budget never runs out before
   * they have said whether the run can be trusted), then the tests on public inputs, so that nothing
   * a submission saw of hidden inputs can be carried into a message a student reads, then the rest;
   * each test with the seed of its inputs.
   */
  private Request.RunTests request(byte[] key, List<Manifest.Entry> tests) {
    Request.Settings settings = new Request.Settings(key, setup.implementations(), assignment.language(), assignment.limits().testTimeoutSeconds());
    List<Request.TestRun> integrity = new ArrayList<>();
    List<Request.TestRun> open = new ArrayList<>();
    List<Request.TestRun> hidden = new ArrayList<>();
    for (Manifest.Entry e : tests) {
      (e.canary() || e.control() ? integrity : e.publicInputs() ? open : hidden).add(new Request.TestRun(e.id(), setup.seeds().forTest(e.id())));
    }
    return new Request.RunTests(settings, assignment.conventionsInline(), List.of(integrity, open, hidden));
  }

  private void write(Path dir, Scorecard card, Map<String, Object> timings) throws IOException {
    ResultWriters.scorecard(dir, card);
    ResultWriters.gradescope(dir, card, gradescope);
    AtomicFiles.write(dir.resolve("timings.json"), ResultWriters.JSON.writeValueAsString(timings) + "\n");
  }

  /** The class's own files and folders beside the students' folders. */
  static final Set<String> RESERVED = Set.of("grades.csv", "index.html", "intake.json", "leaderboard", ".nngrade", ShardRecord.FILE);

  /** Directory names for the candidates: the student id's safe form, made unique in scan order and apart from the class's own files. */
  public static List<String> directoryNames(List<Intake.Candidate> candidates) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>(RESERVED);
    for (Intake.Candidate c : candidates) {
      String base = c.safeId();
      String name = base;
      for (int i = 2; !used.add(name); i++) {
        name = base + "-" + i;
      }
      names.add(name);
    }
    return names;
  }

  /** The fingerprint every submission's files are stamped with (a shard records it, so that merge refuses shards graded differently). */
  String fingerprint() throws IOException {
    String f = fingerprint;
    if (f == null) {
      fingerprint = f = Fingerprint.of(fingerprintParts());
    }
    return f;
  }

  Fingerprint.Parts fingerprintParts() {
    return new Fingerprint.Parts(assignment, manifest, setup.implementations(), setup.seeds(), setup.jvm().runtime(), setup.jvm().isolation(),
        setup.leaderboard().map(b -> b.data().fingerprint()));
  }
}
