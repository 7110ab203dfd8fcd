package dev.nngrade.grader.validation;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.grading.Grader;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.ReferenceRun;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.mutants.Catalogue;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.ZipOutputStream;

/**
 * An assignment's hidden suites checked before release: the reference solution must score 100 %, the
 * untouched skeleton 0 %, and every mutant (a classic mistake) of an exercise in the assignment must
 * lose points on its own exercise and on no other. A run in which a test timed out or crashed is
 * graded once more before it counts: a loaded machine is not a verdict on the suite.
 */
public final class SuiteValidation {
  private SuiteValidation() {}

  /** The verdict: the assignment, the checks in order (reference, skeleton, the mutants in catalogue order), and whether every one holds. */
  public record Report(String assignment, List<Check> checks, boolean ok) {}

  /**
   * One check and its verdict. {@code caughtBy}: the tests of the mutant's exercise it failed; {@code
   * lostElsewhere}: the tests of other exercises that lost points, with their outcomes; {@code regraded}:
   * whether a timed-out or crashed test made the run go once more (the second run counts).
   */
  public record Check(String what, boolean ok, double score, double maxScore, String detail, List<String> caughtBy, List<String> lostElsewhere, boolean regraded) {}

  /** Grades one implementation, and once more when a test timed out or crashed (the machine's doing as likely as the code's). */
  public interface Grading {
    Scorecard grade() throws IOException;
  }

  /** A card and whether it is the second run's. */
  public record Graded(Scorecard card, boolean regraded) {}

  public static Graded withOneRetry(Grading g) throws IOException {
    Scorecard first = g.grade();
    if (lostToTheMachine(first).isEmpty()) {
      return new Graded(first, false);
    }
    return new Graded(g.grade(), true);
  }

  /** The tests that timed out or crashed. */
  public static List<String> lostToTheMachine(Scorecard c) {
    List<String> lost = new ArrayList<>();
    c.exercises().forEach(e -> e.tests().stream().filter(t -> t.outcome() == Outcome.TIMED_OUT || t.outcome() == Outcome.CRASHED)
        .forEach(t -> lost.add(t.name() + " " + t.outcome())));
    return lost;
  }

  /**
   * Grades the reference solution, the untouched skeleton and every mutant of the assignment's
   * exercises ({@code jobs} sandboxes side by side) into {@code out}; the sandbox in force is told to
   * {@code listener}.
   */
  public static Report run(Assignment a, SandboxPolicy policy, Path out, int jobs, ClassRun.Listener listener) throws IOException {
    // the suites are discovered before any child starts: a broken suite costs no sandbox
    Manifest manifest = Manifest.of(a);
    Path work = Files.createDirectories(out.resolve(".nngrade"));
    try (SandboxArea area = SandboxArea.create()) {
      ChildJvm jvm = ClassRun.sandbox(area.runtime(), policy, area.runs(), listener);
      return run(a, manifest, jvm, area.runs(), out, work, jobs);
    }
  }

  private static Report run(Assignment a, Manifest manifest, ChildJvm jvm, Path scratch, Path out, Path work, int jobs) throws IOException {
    List<Check> checks = new ArrayList<>();
    MasterSeed seeds = MasterSeed.of(java.util.Optional.ofNullable(a.hiddenSeed()), work);
    // the reference's own run in the host: a test it fails is reported below (as the reference's failure), not refused
    Expectations expectations = ReferenceRun.record(jvm, scratch, manifest, a.conventionsInline(), a.language(), seeds);
    java.util.function.BiFunction<String, String, Grader> grader = (folder, implementations) -> new Grader(new Grader.Setup(a, manifest, jvm,
        out.resolve(folder), scratch, true, implementations, implementations.equals("dev.nngrade.student") ? ChildJvm.Modules.TESTS : ChildJvm.Modules.VALIDATION,
        expectations, seeds, Optional.empty()));

    Grader reference = grader.apply("reference", "dev.nngrade.solution");
    Graded ref = withOneRetry(() -> reference.grade(emptySubmission("reference"), ".", 0));
    checks.add(new Check("reference scores 100 %", ref.card().status() == Scorecard.Status.GRADED && ref.card().score() == ref.card().maxScore(),
        ref.card().score(), ref.card().maxScore(), failures(ref.card()), List.of(), List.of(), ref.regraded()));

    Grader students = grader.apply("skeleton", "dev.nngrade.student");
    Path skeletonJar = skeletonJar(work);
    Scorecard skeleton = students.grade(new Intake.Candidate(skeletonJar, "skeleton"), ".", 0);
    checks.add(new Check("skeleton scores 0 %", skeleton.status() == Scorecard.Status.GRADED && skeleton.score() == 0, skeleton.score(), skeleton.maxScore(),
        passes(skeleton), List.of(), List.of(), false));

    List<String> exercises = a.exercises().stream().map(Assignment.Item::id).toList();
    List<Catalogue.Mutant> mutants = Catalogue.ALL.stream().filter(m -> exercises.contains(m.exercise().id())).toList();
    checks.addAll(mutants(mutants, grader, jobs));
    return new Report(a.id(), checks, checks.stream().allMatch(Check::ok));
  }

  /** {@code validate-suite.json}: the assignment, whether the suite is valid, and every check. */
  public static void write(Report report, Path file) throws IOException {
    AtomicFiles.write(file, ResultWriters.JSON.writeValueAsString(report) + "\n");
  }

  /** Every mutant, {@code jobs} sandboxes side by side; the checks in catalogue order. */
  private static List<Check> mutants(List<Catalogue.Mutant> mutants, java.util.function.BiFunction<String, String, Grader> grader, int jobs) throws IOException {
    BlockingQueue<Integer> slots = new LinkedBlockingQueue<>();
    for (int i = 0; i < jobs; i++) {
      slots.add(i);
    }
    List<Check> checks = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(jobs)) {
      List<Future<Check>> futures = new ArrayList<>();
      for (Catalogue.Mutant m : mutants) {
        futures.add(pool.submit(() -> {
          int slot = slots.take();
          try {
            Grader g = grader.apply("mutants", m.implementations());
            return check(m, withOneRetry(() -> g.grade(emptySubmission(m.id()), m.id(), slot)));
          } finally {
            slots.add(slot);
          }
        }));
      }
      for (Future<Check> f : futures) {
        try {
          checks.add(f.get());
        } catch (ExecutionException e) {
          throw new IOException("grading a mutant failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while grading the mutants", e);
        }
      }
    }
    return checks;
  }

  /** A mutant must fail a test of its own exercise and lose no point elsewhere; the FAIL line says which tests broke which rule. */
  public static Check check(Catalogue.Mutant m, Graded graded) {
    Scorecard card = graded.card();
    List<String> caught = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (Scorecard.ExerciseResult e : card.exercises()) {
      if (e.id().equals(m.exercise().id())) {
        e.tests().stream().filter(t -> t.outcome() != Outcome.PASSED).forEach(t -> caught.add(t.name()));
      } else {
        e.tests().stream().filter(t -> t.score() < t.maxScore()).forEach(t -> elsewhere.add(t.name() + " " + t.outcome()));
      }
    }
    List<String> problems = new ArrayList<>();
    if (caught.isEmpty()) {
      problems.add("passed every test of " + m.exercise().id());
    }
    if (!elsewhere.isEmpty()) {
      problems.add("lost points outside " + m.exercise().id() + ": " + String.join(", ", elsewhere));
    }
    return new Check("mutant " + m.id() + " (" + m.exercise().id() + ": " + m.description() + ") loses points on its exercise only",
        problems.isEmpty() && card.status() == Scorecard.Status.GRADED, card.score(), card.maxScore(),
        card.status() != Scorecard.Status.GRADED ? "graded as " + card.status() + ": " + card.notes() : String.join("; ", problems), caught, elsewhere,
        graded.regraded());
  }

  private static String failures(Scorecard c) {
    List<String> f = new ArrayList<>();
    c.exercises().forEach(e -> e.tests().stream().filter(t -> t.outcome() != Outcome.PASSED).forEach(t -> f.add(t.name() + " " + t.outcome()
        + (t.instructorMessage() == null ? "" : ": " + t.instructorMessage()))));
    return String.join("; ", f);
  }

  private static String passes(Scorecard c) {
    List<String> p = new ArrayList<>();
    c.exercises().forEach(e -> e.tests().stream().filter(t -> t.outcome() == Outcome.PASSED).forEach(t -> p.add(t.name())));
    return p.isEmpty() ? "" : "passed: " + String.join(", ", p);
  }

  /** A submission without classes: every implementation comes from the packages the grader names. */
  static Submission emptySubmission(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setComment("empty");
    }
    return new Submission(name, Path.of(name + ".jar"), "reference:" + name, bytes.toByteArray(), List.of(), List.of(), "", Optional.empty());
  }

  /** The skeleton students receive, as a jar (the kit's classes, from the grader's own class path). */
  static Path skeletonJar(Path work) throws IOException {
    Path source = locateKit();
    if (Files.isRegularFile(source)) {
      return source;
    }
    Path jar = work.resolve("skeleton.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); var walk = Files.walk(source)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(source.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, zip);
        zip.closeEntry();
      }
    }
    return jar;
  }

  private static Path locateKit() {
    try {
      Class<?> c = Class.forName("dev.nngrade.student.SoftmaxImpl", false, SuiteValidation.class.getClassLoader());
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | java.net.URISyntaxException e) {
      throw new IllegalStateException("the grader was built without the student kit (nngrade-exercises-kit); rebuild with ./mvnw install", e);
    }
  }
}
