package dev.nngrade.grader;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.InvalidSubmissionException;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.output.Files2;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.Verdict;
import dev.nngrade.grader.judging.Verdicts;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestReport;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.Limits;
import dev.nngrade.grader.scoring.Manifest;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.grader.scoring.Scorer;
import dev.nngrade.grader.protocol.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades submissions: intake, then runs of a fresh child JVM until every manifest test has an
 * outcome (a crash or timeout marks the test in flight and starts a new JVM for the rest), then
 * scoring and the files. A submission whose files are complete for the same jar, assignment and
 * suites is not graded again unless forced, so a grader killed mid-class resumes where it stopped.
 */
public final class Grader {
  /** Progress of a class. */
  public interface Listener {
    void graded(Scorecard card, boolean reused);
  }

  /**
   * What grading a class needs: the assignment and its manifest, the child JVMs, where results go,
   * whether to regrade what is done, which implementations are under test and with which modules
   * (validate-suite grades the reference and its mutants), the reference's expectations and the seeds.
   */
  public record Setup(Assignment assignment, Manifest manifest, ChildJvm jvm, Path out, Path scratch, boolean force, String implementations,
      ChildJvm.Modules modules, Expectations expectations, MasterSeed seeds) {}

  private final Setup setup;
  private final Assignment assignment;
  private final Manifest manifest;
  private final ChildJvm jvm;
  private final String fingerprint;
  private final SecureRandom keys = new SecureRandom();
  private volatile dev.nngrade.grader.leaderboard.Leaderboard leaderboard;
  private final java.util.Queue<String> warnings = new java.util.concurrent.ConcurrentLinkedQueue<>();

  public Grader(Setup setup) {
    this.setup = setup;
    this.assignment = setup.assignment();
    this.manifest = setup.manifest();
    this.jvm = setup.jvm();
    this.fingerprint = fingerprint(assignment, manifest, setup.implementations(), setup.seeds());
  }

  /** Also evaluates each graded submission's model for this leaderboard. */
  public Grader with(dev.nngrade.grader.leaderboard.Leaderboard board) {
    this.leaderboard = board;
    return this;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** Grades one candidate into {@code out/<dirName>/}; {@code slot} separates concurrent sandboxes. */
  public Scorecard grade(Intake.Candidate candidate, String dirName, int slot) throws IOException {
    Path dir = setup.out().resolve(dirName);
    Submission submission;
    try {
      submission = SubmissionJar.read(candidate);
    } catch (InvalidSubmissionException e) {
      Scorecard card = new Scorer(assignment, manifest).invalid(candidate.student(), candidate.jar().getFileName().toString(),
          Messages.get(language(), e.key(), e.args()), Instant.now());
      write(dir, card, Map.of("runs", List.of()));
      return card;
    }
    warnings.addAll(submission.warnings());
    return grade(submission, dirName, slot);
  }

  /** What the instructor should fix in the files that came with the submissions graded so far (never charged to a student), sorted. */
  public List<String> warnings() {
    return warnings.stream().sorted().toList();
  }

  /** Grades an already validated submission (validate-suite grades the reference and mutants this way). */
  public Scorecard grade(Submission submission, String dirName, int slot) throws IOException {
    Path dir = setup.out().resolve(dirName);
    Path done = dir.resolve(".graded");
    String stamp = fingerprint + " " + submission.sha256();
    if (!setup.force() && Files.isRegularFile(done) && Files.readString(done).trim().equals(stamp) && Files.isRegularFile(dir.resolve("scorecard.json"))) {
      return ResultWriters.JSON.readValue(dir.resolve("scorecard.json").toFile(), Scorecard.class);
    }
    Files.deleteIfExists(done);
    // readable by the sandbox's unprivileged uid; only this run's folder is mounted into its sandbox
    Path runDir = Files.createTempDirectory(setup.scratch(), "run-",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    try {
      Path jar = runDir.resolve("submission.jar");
      Files.write(jar, submission.canonicalJar());
      Files.setPosixFilePermissions(jar, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      Grading g;
      try {
        g = manifest.entries().isEmpty() ? new Grading(Map.of(), 0, List.of()) : runAll(jar, slot);
      } catch (dev.nngrade.grader.sandbox.SandboxUnavailableException | IllegalStateException e) {
        // the grader's failure, not the student's: not scored, not marked done, so a rerun grades it again
        Scorecard card = new Scorer(assignment, manifest).error(submission.student(), submission.file().getFileName().toString(),
            Messages.get(language(), "grader.error", e.getMessage()), Instant.now());
        write(dir, card, Map.of("runs", List.of()));
        return card;
      }
      List<String> notes = new ArrayList<>();
      if (!submission.dropped().isEmpty()) {
        notes.add(Messages.get(language(), "intake.dropped", submission.dropped().size(), submission.dropped().get(0)));
      }
      if (jvm.isolation() == Isolation.NONE) {
        notes.add(Messages.get(language(), "sandbox.none"));
      }
      Scorecard card = new Scorer(assignment, manifest).score(submission, g.verdicts, g.rejected, g.runs.size(), jvm.isolation().id(), Instant.now(), notes);
      Map<String, Long> millis = new java.util.TreeMap<>();
      g.verdicts.forEach((id, v) -> millis.put(id, v.millis()));
      Map<String, Object> timings = new java.util.TreeMap<>(Map.of("runs", g.runs, "tests", millis));
      if (leaderboard != null && card.status() == Scorecard.Status.GRADED) {
        var entry = leaderboard.evaluate(submission, setup.scratch(), slot, r -> timings.put("leaderboard",
            r.millisPerImage() == null ? Map.of("millis", r.runMillis()) : Map.of("millis", r.runMillis(), "millisPerInput", r.millisPerImage())));
        card = card.withLeaderboard(leaderboard.forStudent(entry.evaluation()));
      }
      write(dir, card, timings);
      Files2.writeAtomically(done, stamp + "\n");
      return card;
    } finally {
      Files2.deleteTree(runDir);
    }
  }

  private Language language() {
    return Language.parse(assignment.language());
  }

  /** The verdict of every manifest test over as many runs as crashes and timeouts need. */
  private record Grading(Map<String, Verdict> verdicts, int rejected, List<Map<String, Object>> runs) {}

  private Grading runAll(Path jar, int slot) throws IOException {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    List<Manifest.Entry> remaining = new ArrayList<>(manifest.entries());
    Assignment.Limits l = assignment.limits();
    Limits limits = new Limits(Duration.ofSeconds(l.testTimeoutSeconds()), Duration.ofSeconds(l.submissionTimeoutSeconds()), l.heapMegabytes(), l.outputKilobytes());
    ChildJvm.Launch launch = ChildJvm.Launch.tests(jar, limits, slot, setup.modules());
    int rejected = 0;
    List<Map<String, Object>> runs = new ArrayList<>();
    while (!remaining.isEmpty() && runs.size() <= manifest.entries().size()) {
      byte[] key = new byte[Wire.KEY_BYTES];
      keys.nextBytes(key);
      RunResult r = jvm.run(launch, request(key, remaining));
      r.confined().filter(c -> c.problem() != null).ifPresent(c -> {
        throw new dev.nngrade.grader.sandbox.SandboxUnavailableException("the child JVM could not confine itself: " + c.problem());
      });
      rejected += r.rejected();
      runs.add(Map.of("tests", remaining.size(), "finished", r.finished().size(), "ending", r.ending().name(), "millis", r.millis()));
      for (Manifest.Entry e : remaining) {
        TestReport report = r.finished().get(e.id());
        if (report != null) {
          verdicts.put(e.id(), Verdicts.decide(report, setup.expectations().of(e.id())));
        }
      }
      if (r.ending() == RunResult.Ending.NORMAL) {
        Event.ContainerFailed container = r.failedContainers().stream().findFirst().orElse(null);
        for (Manifest.Entry e : remaining) {
          verdicts.putIfAbsent(e.id(), container == null ? Verdict.lost(e.id(), Outcome.NOT_RUN, "no report came for this test")
              : new Verdict(e.id(), Outcome.NOT_RUN, 0, new Verdict.Reason.ContainerFailed(container.thrown()), List.of()));
        }
        break;
      }
      Outcome lost = r.ending() == RunResult.Ending.TIMED_OUT ? Outcome.TIMED_OUT : Outcome.CRASHED;
      String why = r.ending().name().toLowerCase(java.util.Locale.ROOT) + (r.stderrHead().isBlank() ? "" : ": " + tail(r.stderrHead()));
      if (r.ending() != RunResult.Ending.REPLACED_AFTER_TIMEOUT) {
        // a test that started after another timed out is innocent: it runs again in the fresh JVM
        r.inFlight().ifPresent(id -> verdicts.put(id, Verdict.lost(id, lost, why)));
      }
      List<Manifest.Entry> next = remaining.stream().filter(e -> !verdicts.containsKey(e.id())).toList();
      if (next.size() == remaining.size()) {
        // no test finished and none was running: the JVM cannot start this submission at all
        for (Manifest.Entry e : next) {
          verdicts.put(e.id(), Verdict.lost(e.id(), lost, why));
        }
        break;
      }
      remaining = new ArrayList<>(next);
    }
    return new Grading(verdicts, rejected, runs);
  }

  /** A request for every manifest test, as a graded run gets it (the class-data archive is trained with it). */
  public Request.RunTests requestForAll() {
    byte[] key = new byte[Wire.KEY_BYTES];
    keys.nextBytes(key);
    return request(key, manifest.entries());
  }

  /**
   * The request for the remaining tests: those on public inputs first, in a batch of their own, so
   * that nothing a submission saw of hidden inputs can be carried into a message a student reads;
   * each test with the seed of its inputs.
   */
  private Request.RunTests request(byte[] key, List<Manifest.Entry> tests) {
    Request.Settings settings = new Request.Settings(key, setup.implementations(), language(), assignment.limits().testTimeoutSeconds());
    List<Request.TestRun> open = new ArrayList<>();
    List<Request.TestRun> hidden = new ArrayList<>();
    for (Manifest.Entry e : tests) {
      (e.publicInputs() ? open : hidden).add(new Request.TestRun(e.id(), setup.seeds().forTest(e.id())));
    }
    return new Request.RunTests(settings, assignment.conventionsInline(), List.of(open, hidden));
  }

  /** The end of the child's stderr, for instructors: at most 400 characters, control characters shown as U+FFFD. */
  static String tail(String s) {
    String t = s.strip().replace("WARNING: Using incubator modules: jdk.incubator.vector", "").strip();
    t = t.length() <= 400 ? t : "…" + t.substring(t.length() - 400);
    StringBuilder b = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> b.appendCodePoint(cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7f && (cp < 0x80 || cp >= 0xa0)) ? cp : 0xfffd));
    return b.toString();
  }

  private void write(Path dir, Scorecard card, Map<String, Object> timings) throws IOException {
    ResultWriters.scorecard(dir, card);
    ResultWriters.gradescope(dir, card);
    Files2.writeAtomically(dir.resolve("timings.json"), ResultWriters.JSON.writeValueAsString(timings) + "\n");
  }

  /** The class's own files and folders beside the students' folders. */
  static final Set<String> RESERVED = Set.of("grades.csv", "index.html", "intake.json", "leaderboard", ".nngrade");

  /** Directory names for the candidates: the student id's safe form, made unique in scan order and apart from the class's own files. */
  public static List<String> directoryNames(List<Intake.Candidate> candidates) {
    List<String> names = new ArrayList<>();
    Set<String> used = new java.util.HashSet<>(RESERVED);
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

  /**
   * What a graded submission's files depend on besides the jar: the assignment (as canonical JSON:
   * a record's toString would show its maps in an order that changes from one JVM to the next), the
   * suites' tests, the implementation package and the seed of the hidden inputs.
   */
  public static String fingerprint(Assignment assignment, Manifest manifest, String implementations, MasterSeed seeds) {
    try {
      return sha256(ResultWriters.JSON.writeValueAsString(assignment) + "\n" + String.join("\n", manifest.ids()) + "\n" + implementations + "\n" + seeds.fingerprint());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the assignment as JSON", e);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
