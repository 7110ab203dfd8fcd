package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.SubmissionBuilder;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.ReferenceRun;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Defence;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile submissions, one per defence of the sandbox, graded through the real sandbox
 * beside an honest submission. Each attacker's affine map is right only if its attack worked (so its
 * points say whether it did), and its softmax is honest. With every defence on, no attack works and
 * the honest student keeps every point, at isolation full and container; with the one defence that
 * stops it switched off, each attack works, which shows that the attack is real and that this
 * defence is what stops it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityCorpusTests {
  static final String BASE = "/dev/nngrade/grader/corpus/";
  static final List<String> PROBES = List.of("spawn", "memory", "borrow", "locks", "disk", "network");

  Path dir;
  Path assignmentFile;
  Assignment assignment;
  Path jars;
  SandboxArea area;
  Expectations expectations;

  @BeforeAll
  void buildTheCorpus(@TempDir Path tmp) throws Exception {
    dir = tmp;
    assertTrue(Isolation.bubblewrapWorks(), "bubblewrap is missing or cannot start a sandbox here: apt-get install bubblewrap (.ci/run does)");
    assignmentFile = dir.resolve("assignment.json");
    Files.writeString(assignmentFile, resource("assignment.json"));
    assignment = Assignments.load(assignmentFile.toString());
    jars = Files.createDirectories(dir.resolve("corpus"));
    Map<String, String> honest = student(Map.of("dev/nngrade/student/AffineTransformImpl.java", demo("aiko/AffineTransformImpl.java")));
    SubmissionBuilder.build(jars.resolve("honest.jar"), "honest", honest, Map.of());
    for (String probe : PROBES) {
      SubmissionBuilder.build(jars.resolve(probe + ".jar"), probe, student(Map.of(
          "dev/nngrade/student/AffineBase.java", resource("AffineBase.java"),
          "dev/nngrade/student/AffineTransformImpl.java", resource("AffineTransformImpl.java"),
          "dev/nngrade/student/Probe.java", resource(probe + "/Probe.java"))), Map.of());
    }
    for (String own : List.of("leak", "wrapper", "forge")) {
      SubmissionBuilder.build(jars.resolve(own + ".jar"), own, student(Map.of(
          "dev/nngrade/student/AffineBase.java", resource("AffineBase.java"),
          "dev/nngrade/student/AffineTransformImpl.java", resource(own + "/AffineTransformImpl.java"))), Map.of());
    }
    area = SandboxArea.create();
    Manifest m = Manifest.of(assignment);
    expectations = ReferenceRun.forClass(new ChildJvm(area.runtime(), SandboxPolicy.of(Isolation.FULL)), area.runs(), m, assignment,
        MasterSeed.ofHex(assignment.hiddenSeed()));
  }

  @AfterAll
  void removeTheStaging() throws IOException {
    if (area != null) {
      area.close();
    }
  }

  /** The skeleton, the honest softmax of the demo's aiko, and {@code files} over them. */
  private static Map<String, String> student(Map<String, String> files) throws IOException {
    Map<String, String> sources = new TreeMap<>(SubmissionBuilder.skeletonSources());
    sources.put("dev/nngrade/student/SoftmaxImpl.java", demo("aiko/SoftmaxImpl.java"));
    sources.putAll(files);
    return sources;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = IntegrityCorpusTests.class.getResourceAsStream(BASE + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String demo(String name) throws IOException {
    try (InputStream in = IntegrityCorpusTests.class.getResourceAsStream("/dev/nngrade/grader/demo/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static double exercise(Scorecard c, String id) {
    return c.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().score();
  }

  private Map<String, Scorecard> gradeTheClass(SandboxPolicy policy, Path out) throws Exception {
    ClassRun.Result r = ClassRun.run(assignment, ClassRun.Options.of(jars, out, policy).withForce(true), ClassRun.Listener.QUIET);
    return r.cards().stream().collect(Collectors.toMap(Scorecard::student, Function.identity()));
  }

  /** One jar, with a given policy and modules, through the same Grader a class run uses. */
  private Scorecard gradeOne(String student, SandboxPolicy policy, ChildJvm.Modules modules) throws IOException {
    Manifest m = Manifest.of(assignment);
    MasterSeed seeds = MasterSeed.ofHex(assignment.hiddenSeed());
    Grader g = new Grader(new Grader.Setup(assignment, m, new ChildJvm(area.runtime(), policy), dir.resolve("one-" + student + "-" + modules), area.runs(), true,
        "dev.nngrade.student", modules, expectations, seeds, java.util.Optional.empty()));
    return g.grade(new Intake.Candidate(jars.resolve(student + ".jar"), student), student, 0);
  }

  private void everyAttackIsHeld(Map<String, Scorecard> cards, Path out) throws IOException {
    Scorecard honest = cards.get("honest");
    assertEquals(20.0, honest.score(), () -> honest.exercises().toString());
    for (String s : List.of("spawn", "memory", "borrow", "locks", "disk", "network", "leak", "wrapper")) {
      Scorecard c = cards.get(s);
      assertAll(s,
          () -> assertEquals(Scorecard.Status.GRADED, c.status()),
          () -> assertEquals("FAILED", c.integrity().canary()),
          () -> assertTrue(exercise(c, "affine") < 10, "the attack did not work, so the affine map is wrong: " + exercise(c, "affine")),
          () -> assertEquals(10.0, exercise(c, "softmax"), "the exercise it did not touch keeps its points"));
    }
    Scorecard forge = cards.get("forge");
    assertEquals(20.0, forge.score(), "garbage written where events might go changes nothing");
    assertEquals(1, forge.integrity().runs(), "and does not break the event stream");
    Scorecard wrapper = cards.get("wrapper");
    assertTrue(wrapper.exercises().get(0).tests().stream().allMatch(t -> t.outcome() == dev.nngrade.grader.results.Outcome.FAILED),
        "a wrapped exception whose message never returns fails its test without hanging the runner: " + wrapper.exercises().get(0).tests());
    // the hidden inputs the leaker saw reach no file at all: no message, class name, row or output of its own is read
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.nngrade/")).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("LEAK"), f + " carries what the submission chose");
      }
    }
  }

  @Test
  void everyAttackIsHeldAtIsolationFull() throws Exception {
    Path out = dir.resolve("full");
    everyAttackIsHeld(gradeTheClass(SandboxPolicy.of(Isolation.FULL), out), out);
  }

  @Test
  void everyAttackIsHeldAtIsolationContainer() throws Exception {
    Path out = dir.resolve("container");
    Map<String, Scorecard> cards = gradeTheClass(SandboxPolicy.of(Isolation.CONTAINER), out);
    everyAttackIsHeld(cards, out);
    assertEquals("container", cards.get("honest").isolation());
  }

  @Test
  void eachAttackWorksWithTheDefenceThatStopsItSwitchedOff() throws Exception {
    SandboxPolicy full = SandboxPolicy.of(Isolation.FULL);
    Map<String, Scorecard> open = new LinkedHashMap<>();
    // seccomp refuses execve; Landlock refuses to execute any file
    open.put("spawn (no seccomp, no Landlock)", gradeOne("spawn", full.without(Defence.SECCOMP, Defence.LANDLOCK), ChildJvm.Modules.TESTS));
    // without bubblewrap /proc is there: a child running as the grader's own user (root here, as in many
    // containers) reads /proc/self/mem unless Landlock keeps it out (a uid of its own and not dumpable hold too)
    SandboxPolicy none = SandboxPolicy.of(Isolation.NONE);
    assertTrue(exercise(gradeOne("memory", none, ChildJvm.Modules.TESTS), "affine") < 10, "Landlock holds /proc/self/mem even as root");
    open.put("memory (no sandbox, no Landlock)", gradeOne("memory", none.without(Defence.LANDLOCK), ChildJvm.Modules.TESTS));
    // with the reference on the module path, as before it was judged in the host
    open.put("borrow (reference in the sandbox)", gradeOne("borrow", full, ChildJvm.Modules.VALIDATION));
    open.put("locks (no seccomp)", gradeOne("locks", full.without(Defence.SECCOMP), ChildJvm.Modules.TESTS));
    // the size caps and read-only remounts, and Landlock (writes only in the child's temporary folder)
    open.put("disk (no size caps, / writable, no Landlock)", gradeOne("disk", full.without(Defence.FILESYSTEM_CAPS, Defence.LANDLOCK), ChildJvm.Modules.TESTS));
    open.put("network (no seccomp)", gradeOne("network", full.without(Defence.SECCOMP), ChildJvm.Modules.TESTS));
    for (Map.Entry<String, Scorecard> e : open.entrySet()) {
      assertEquals(10.0, exercise(e.getValue(), "affine"), e.getKey() + ": the attack works once its defence is off: "
          + e.getValue().exercises().get(0).tests().stream().map(t -> t.outcome() + " " + t.instructorMessage()).toList());
    }
  }

  @Test
  void theGradedChildsModulesAndClassDataHoldNothingOfTheReference() throws Exception {
    try (Stream<Path> files = Files.walk(area.runtime().modules())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(f.toString().contains("/dev/nngrade/solution/") || f.toString().contains("/dev/nngrade/nn/"), f.toString());
        if (f.toString().endsWith(".jar")) {
          try (ZipFile z = new ZipFile(f.toFile())) {
            assertTrue(z.stream().noneMatch(e -> e.getName().startsWith("dev/nngrade/solution/") || e.getName().startsWith("dev/nngrade/nn/")), f.toString());
          }
        }
      }
    }
    ChildJvm jvm = new ChildJvm(area.runtime(), SandboxPolicy.of(Isolation.FULL));
    Grader g = new Grader(new Grader.Setup(assignment, Manifest.of(assignment), jvm, dir.resolve("archive"), area.runs(), true, "dev.nngrade.student",
        ChildJvm.Modules.TESTS, expectations, MasterSeed.ofHex(assignment.hiddenSeed()), java.util.Optional.empty()));
    Path archive = area.runs().getParent().resolve("corpus.jsa");
    assertTrue(jvm.trainSharedArchive(archive, g.requestForAll()), "the class-data archive was trained");
    String bytes = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1);
    assertTrue(bytes.contains("dev/nngrade/grader/suites"), "the archive holds the suites' classes");
    assertFalse(bytes.contains("dev/nngrade/solution") || bytes.contains("dev/nngrade/nn/"), "but nothing of the reference");
  }
}
