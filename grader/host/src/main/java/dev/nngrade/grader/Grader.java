package dev.nngrade.grader;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.InvalidSubmissionException;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.output.Files2;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestEvent;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.Limits;
import dev.nngrade.grader.scoring.Manifest;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.grader.scoring.Scorer;
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

  private final Assignment assignment;
  private final Manifest manifest;
  private final ChildJvm jvm;
  private final Path out;
  private final Path scratch;
  private final boolean force;
  private final String implementations;
  private final String fingerprint;
  private final boolean withMutants;
  private final SecureRandom keys = new SecureRandom();
  private volatile dev.nngrade.grader.leaderboard.Leaderboard leaderboard;

  public Grader(Assignment assignment, Manifest manifest, ChildJvm jvm, Path out, Path scratch, boolean force, String implementations) {
    this(assignment, manifest, jvm, out, scratch, force, implementations, false);
  }

  /** {@code withMutants}: the child also gets the mutants module (validate-suite only). */
  public Grader(Assignment assignment, Manifest manifest, ChildJvm jvm, Path out, Path scratch, boolean force, String implementations, boolean withMutants) {
    this.withMutants = withMutants;
    this.assignment = assignment;
    this.manifest = manifest;
    this.jvm = jvm;
    this.out = out;
    this.scratch = scratch;
    this.force = force;
    this.implementations = implementations;
    this.fingerprint = fingerprint(assignment, manifest, implementations);
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
    Path dir = out.resolve(dirName);
    Submission submission;
    try {
      submission = SubmissionJar.read(candidate);
    } catch (InvalidSubmissionException e) {
      Scorecard card = new Scorer(assignment, manifest).invalid(candidate.student(), candidate.jar().getFileName().toString(),
          Messages.get(language(), e.key(), e.args()), Instant.now());
      write(dir, card, Map.of("runs", List.of()));
      return card;
    }
    return grade(submission, dirName, slot);
  }

  /** Grades an already validated submission (validate-suite grades the reference and mutants this way). */
  public Scorecard grade(Submission submission, String dirName, int slot) throws IOException {
    Path dir = out.resolve(dirName);
    Path done = dir.resolve(".graded");
    String stamp = fingerprint + " " + submission.sha256();
    if (!force && Files.isRegularFile(done) && Files.readString(done).trim().equals(stamp) && Files.isRegularFile(dir.resolve("scorecard.json"))) {
      return ResultWriters.JSON.readValue(dir.resolve("scorecard.json").toFile(), Scorecard.class);
    }
    Files.deleteIfExists(done);
    // readable by the sandbox's unprivileged uid; only this run's folder is mounted into its sandbox
    Path runDir = Files.createTempDirectory(scratch, "run-",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    try {
      Path jar = runDir.resolve("submission.jar");
      Files.write(jar, submission.canonicalJar());
      Files.setPosixFilePermissions(jar, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      Grading g = manifest.entries().isEmpty() ? new Grading(Map.of(), 0, List.of()) : runAll(jar, slot);
      List<String> notes = new ArrayList<>();
      if (!submission.dropped().isEmpty()) {
        notes.add(Messages.get(language(), "intake.dropped", submission.dropped().size(), submission.dropped().get(0)));
      }
      if (jvm.isolation() == Isolation.NONE) {
        notes.add(Messages.get(language(), "sandbox.none"));
      }
      Scorecard card = new Scorer(assignment, manifest).score(submission, g.outcomes, g.rejected, g.runs.size(), jvm.isolation().name(), Instant.now(), notes);
      Map<String, Long> millis = new java.util.TreeMap<>();
      g.outcomes.forEach((id, e) -> millis.put(id, e.millis()));
      Map<String, Object> timings = new java.util.TreeMap<>(Map.of("runs", g.runs, "tests", millis));
      if (leaderboard != null && card.status() == Scorecard.Status.GRADED) {
        var entry = leaderboard.evaluate(submission, scratch, slot, r -> timings.put("leaderboard",
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

  /** The outcome of every manifest test over as many runs as crashes and timeouts need. */
  private record Grading(Map<String, TestEvent> outcomes, int rejected, List<Map<String, Object>> runs) {}

  private Grading runAll(Path jar, int slot) throws IOException {
    Map<String, TestEvent> outcomes = new LinkedHashMap<>();
    List<String> remaining = new ArrayList<>(manifest.ids());
    Assignment.Limits l = assignment.limits();
    Limits limits = new Limits(Duration.ofSeconds(l.testTimeoutSeconds()), Duration.ofSeconds(l.submissionTimeoutSeconds()), l.heapMegabytes(), l.outputKilobytes());
    ChildJvm.Request request = new ChildJvm.Request(jar, implementations, assignment.language(), assignment.conventionsInline(), limits, slot, withMutants);
    int rejected = 0;
    List<Map<String, Object>> runs = new ArrayList<>();
    while (!remaining.isEmpty() && runs.size() <= manifest.ids().size()) {
      byte[] key = new byte[32];
      keys.nextBytes(key);
      RunResult r = jvm.run(request, remaining, key);
      rejected += r.rejectedLines();
      runs.add(Map.of("tests", remaining.size(), "finished", r.finished().size(), "ending", r.ending().name(), "millis", r.millis()));
      for (String id : remaining) {
        TestEvent e = r.finished().get(id);
        if (e != null) {
          outcomes.put(id, timedOutIfSo(e));
        }
      }
      if (r.ending() == RunResult.Ending.NORMAL) {
        TestEvent container = r.failedContainers().values().stream().findFirst().orElse(null);
        for (String id : remaining) {
          outcomes.putIfAbsent(id, new TestEvent(id, Outcome.NOT_RUN, 0, container == null ? null : container.exception(),
              container == null ? null : container.message(), null, container == null ? null : container.where()));
        }
        break;
      }
      Outcome lost = r.ending() == RunResult.Ending.TIMED_OUT ? Outcome.TIMED_OUT : Outcome.CRASHED;
      String why = r.ending().name().toLowerCase(java.util.Locale.ROOT) + (r.stderrHead().isBlank() ? "" : ": " + tail(r.stderrHead()));
      if (r.ending() != RunResult.Ending.REPLACED_AFTER_TIMEOUT) {
        // a test that started after another timed out is innocent: it runs again in the fresh JVM
        r.inFlight().ifPresent(id -> outcomes.put(id, new TestEvent(id, lost, 0, null, why, null, null)));
      }
      List<String> next = remaining.stream().filter(id -> !outcomes.containsKey(id)).toList();
      if (next.size() == remaining.size()) {
        // no test finished and none was running: the JVM cannot start this submission at all
        for (String id : next) {
          outcomes.put(id, new TestEvent(id, lost, 0, null, why, null, null));
        }
        break;
      }
      remaining = new ArrayList<>(next);
    }
    return new Grading(outcomes, rejected, runs);
  }

  /** JUnit reports its own per-test timeout as a failure with a TimeoutException. */
  private static TestEvent timedOutIfSo(TestEvent e) {
    if (e.outcome() == Outcome.FAILED && "java.util.concurrent.TimeoutException".equals(e.exception())) {
      return new TestEvent(e.id(), Outcome.TIMED_OUT, e.millis(), e.exception(), e.message(), null, e.where());
    }
    return e;
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
   * suites' tests and the implementation package.
   */
  public static String fingerprint(Assignment assignment, Manifest manifest, String implementations) {
    try {
      return sha256(ResultWriters.JSON.writeValueAsString(assignment) + "\n" + String.join("\n", manifest.ids()) + "\n" + implementations);
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
