package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.intake.CodeReferences;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.output.Review;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the demo class (honest, wrong, untouched and hostile submissions built from the bundled
 * sources) through the real child JVM, launcher and sandbox, and checks each scorecard: every
 * attack is contained, and the exercises it did not touch keep the honest student's points.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoClassTests {
  Path dir;

  Map<String, Scorecard> cards;
  Map<String, Review> reviews;
  Scorecard honest;

  @BeforeAll
  void gradeTheDemoClass(@TempDir Path tmp) throws Exception {
    dir = tmp;
    assertTrue(Isolation.bubblewrapWorks(),
        "bubblewrap is missing or cannot start a sandbox here: install it (apt-get install bubblewrap); .ci/run does");
    Path submissions = dir.resolve("submissions");
    DemoClass.write(submissions);
    ClassRun.Result r = ClassRun.run(Assignments.load("demo"), ClassRun.Options.of(submissions, dir.resolve("results"), SandboxPolicy.of(Isolation.FULL)), ClassRun.Listener.QUIET);
    cards = r.cards().stream().collect(Collectors.toMap(Scorecard::student, Function.identity()));
    reviews = new java.util.HashMap<>();
    for (int i = 0; i < r.cards().size(); i++) {
      reviews.put(r.cards().get(i).student(), r.reviews().get(i));
    }
    honest = cards.get("aiko");
  }

  private static double exercise(Scorecard c, String id) {
    return c.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().score();
  }

  private static List<Outcome> outcomes(Scorecard c, String id) {
    return c.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().tests().stream().map(Scorecard.TestResult::outcome).toList();
  }

  /** Every exercise except {@code touched} has exactly the honest student's score. */
  private void untouchedExercisesKeepTheirPoints(Scorecard c, String... touched) {
    List<String> t = List.of(touched);
    for (Scorecard.ExerciseResult e : c.exercises()) {
      if (!t.contains(e.id())) {
        assertEquals(exercise(honest, e.id()), e.score(), c.student() + ": " + e.id());
      }
    }
  }

  @Test
  void theHonestStudentScoresTheExercisesSheDidAndNothingElse() {
    assertEquals(Scorecard.Status.GRADED, honest.status());
    assertEquals(150.0, honest.score(), () -> "failed: " + honest.exercises().stream().flatMap(e -> e.tests().stream())
        .filter(t -> t.outcome() != Outcome.PASSED && !"dev.nngrade.contract.NotImplemented".equals(t.exception()))
        .map(t -> t.name() + " " + t.outcome() + " " + t.exception() + ": " + t.instructorMessage()).toList());
    for (String id : List.of("affine", "activations", "linearity", "softmax", "cross-entropy", "squared-error", "numerical-gradient", "gd-step", "graph",
        "perceptron", "act-layers", "affine-layer", "softmax-loss", "backprop2", "two-layer-net")) {
      assertEquals(10.0, exercise(honest, id), id);
    }
    Scorecard.TestResult notDone = honest.exercises().stream().filter(e -> e.id().equals("dropout")).findFirst().orElseThrow().tests().get(0);
    assertEquals(Outcome.FAILED, notDone.outcome());
    assertTrue(notDone.message().startsWith("未実装です（003: ドロップアウト）"), notDone.message());
    assertEquals(new Scorecard.Integrity("FAILED", "PASSED", 0, 1, List.of()), honest.integrity());
  }

  @Test
  void classicMistakesLosePointsOnTheirExercises() {
    Scorecard ben = cards.get("ben");
    assertTrue(exercise(ben, "softmax") < 10 && exercise(ben, "cross-entropy") < 10, "softmax " + exercise(ben, "softmax") + ", CE " + exercise(ben, "cross-entropy"));
    // her SoftmaxWithLoss and TwoLayerNet call her softmax and cross-entropy
    untouchedExercisesKeepTheirPoints(ben, "softmax", "cross-entropy", "softmax-loss", "two-layer-net");
    List<Scorecard.TestResult> softmax = ben.exercises().stream().filter(e -> e.id().equals("softmax")).findFirst().orElseThrow().tests();
    Scorecard.TestResult overflow = softmax.stream().filter(t -> t.name().equals("Softmax.hugeScoresDoNotOverflow")).findFirst().orElseThrow();
    // fixed, public inputs: the student sees the values, the worst index and the hint
    assertTrue(overflow.message().startsWith("softmax(1000, 1000)[0]: 期待値 0.5、実際の値 NaN"), overflow.message());
    assertTrue(overflow.message().contains("ヒント: exp の前に a の最大値を引きます（オーバーフロー対策）"), overflow.message());
    // hidden random inputs: the hint only, never the values
    Scorecard.TestResult hidden = softmax.stream().filter(t -> t.name().equals("Softmax.agreesWithTheReferenceOnWideRangesAndABatchOfOne")).findFirst().orElseThrow();
    assertTrue(hidden.message().startsWith("隠しテストが期待する結果と一致しません。 ヒント: "), hidden.message());
    assertTrue(!hidden.message().contains("期待値") && !hidden.message().contains("NaN"), hidden.message());
  }

  @Test
  void theMistakesOfFailedChecksReachTheScorecardButTablesOfHiddenInputsDoNot() {
    // gradient checks on hidden inputs stay out of the student's view: their errors carry whatever the submission encodes in its values
    List<Scorecard.GradientCheck> affine = honest.exercises().stream().filter(e -> e.id().equals("affine-layer")).flatMap(e -> e.tests().stream())
        .flatMap(t -> t.gradientChecks().stream()).toList();
    assertEquals(List.of(), affine);
    List<String> benMistakes = cards.get("ben").exercises().stream().flatMap(e -> e.tests().stream()).map(Scorecard.TestResult::mistake)
        .filter(java.util.Objects::nonNull).distinct().toList();
    assertTrue(benMistakes.contains("hint.softmax.overflow"), "ben's softmax without the maximum: " + benMistakes);
    assertTrue(honest.exercises().stream().flatMap(e -> e.tests().stream()).allMatch(t -> t.mistake() == null), "no mistake on a passed test");
  }

  @Test
  void behaviourChecksCatchTheRightValuesComputedTheWrongWay() {
    Scorecard dana = cards.get("dana");
    List<String> failed = dana.exercises().stream().flatMap(e -> e.tests().stream()).filter(t -> t.outcome() != Outcome.PASSED)
        .map(Scorecard.TestResult::name).filter(n -> n.startsWith("TwoLayerNetwork.") || n.startsWith("RegressionBackprop.")).toList();
    // the values are right to about 1e-9, so the central-difference checks pass, and so do the comparisons
    // with the reference that look for formula mistakes (within 1e-2, so that a numerical gradient is
    // blamed by one test only, with the hint that says so); the one judged in the host at 1e-10 sees the
    // numerical gradient's error. Her backward, which runs forward again and then uses the values it was
    // given, gives the right values: that waste has no effect a test can observe without watching calls,
    // which a submission can dodge
    assertEquals(List.of("TwoLayerNetwork.gradientDoesNotFallBackToTheNumericalGradient"), failed);
    untouchedExercisesKeepTheirPoints(dana, "two-layer-net");
    // the same fallback in a final class that behaves only when its class or the stack looks like a mock
    Scorecard watched = cards.get("mallory-watched");
    List<String> caught = watched.exercises().stream().flatMap(e -> e.tests().stream()).filter(t -> t.outcome() != Outcome.PASSED)
        .map(Scorecard.TestResult::name).filter(n -> n.startsWith("TwoLayerNetwork.")).toList();
    assertEquals(List.of("TwoLayerNetwork.gradientDoesNotFallBackToTheNumericalGradient"), caught);
    untouchedExercisesKeepTheirPoints(watched, "two-layer-net");
  }

  @Test
  void theUntouchedSkeletonScoresZero() {
    assertEquals(0.0, cards.get("chika").score());
    assertEquals(Scorecard.Status.GRADED, cards.get("chika").status());
  }

  @Test
  void attacksOnTheRunnerAndTheLauncherChangeNothing() {
    // services, junit-platform.properties and a shadow org.junit class are dropped; reflection and Unsafe are blocked
    for (String s : List.of("mallory-services", "mallory-shadow", "mallory-reflect")) {
      Scorecard c = cards.get(s);
      assertAll(s,
          () -> assertEquals(Scorecard.Status.GRADED, c.status()),
          () -> assertEquals(honest.score(), c.score()),
          () -> assertEquals("FAILED", c.integrity().canary()),
          () -> untouchedExercisesKeepTheirPoints(c));
    }
    assertTrue(cards.get("mallory-services").submission().dropped().contains("junit-platform.properties"));
    assertTrue(cards.get("mallory-shadow").submission().dropped().contains("org/junit/jupiter/api/Assertions.class"));
  }

  @Test
  void exitingAfterForgingResultsLosesOnlyTheTestsThatRanIntoTheExit() {
    Scorecard c = cards.get("mallory-exit");
    assertEquals(0.0, exercise(c, "softmax"));
    assertTrue(outcomes(c, "softmax").stream().allMatch(Outcome.CRASHED::equals), outcomes(c, "softmax").toString());
    untouchedExercisesKeepTheirPoints(c, "softmax", "softmax-loss", "two-layer-net");
    assertTrue(c.integrity().runs() > 1, "the remaining tests ran in fresh JVMs");
  }

  @Test
  void anInterruptIgnoringLoopTimesOutThatTestOnly() {
    Scorecard c = cards.get("mallory-loop");
    assertTrue(outcomes(c, "softmax").contains(Outcome.TIMED_OUT), outcomes(c, "softmax").toString());
    assertTrue(exercise(c, "softmax") > 0, "the tests without huge scores still pass");
    untouchedExercisesKeepTheirPoints(c, "softmax", "softmax-loss", "two-layer-net");
  }

  @Test
  void callingTheReferenceFromASubmissionIsRefused() {
    Scorecard c = cards.get("mallory-delegate");
    assertEquals(0.0, exercise(c, "softmax"));
    Scorecard.TestResult t = c.exercises().stream().filter(e -> e.id().equals("softmax")).findFirst().orElseThrow().tests().get(0);
    // the reference is not in the sandbox at all (judged in the host): the class is not found, and only the class of what was thrown is known
    assertEquals("java.lang.IllegalStateException at SoftmaxImpl.reference:12", t.instructorMessage());
    untouchedExercisesKeepTheirPoints(c, "softmax", "softmax-loss", "two-layer-net");
  }

  @Test
  void anExceptionWhoseMessageNeverReturnsDoesNotHangTheGrader() {
    Scorecard c = cards.get("mallory-evil");
    assertEquals(0.0, exercise(c, "cross-entropy"));
    untouchedExercisesKeepTheirPoints(c, "cross-entropy", "two-layer-net");
  }

  @Test
  void resourceBombsAndFloodsCostOnlyTheirOwnExercise() {
    assertAll(
        () -> assertEquals(0.0, exercise(cards.get("mallory-flood"), "linearity")),
        () -> untouchedExercisesKeepTheirPoints(cards.get("mallory-flood"), "linearity"),
        () -> assertEquals(0.0, exercise(cards.get("mallory-memory"), "gd-step")),
        () -> untouchedExercisesKeepTheirPoints(cards.get("mallory-memory"), "gd-step"),
        // native memory through FFM: not bounded by -Xmx, stopped by the sandbox's address-space limit
        () -> assertEquals(0.0, exercise(cards.get("mallory-offheap"), "squared-error")),
        () -> untouchedExercisesKeepTheirPoints(cards.get("mallory-offheap"), "squared-error"),
        () -> assertEquals(0.0, exercise(cards.get("mallory-threads"), "perceptron")),
        () -> untouchedExercisesKeepTheirPoints(cards.get("mallory-threads"), "perceptron"));
  }

  @Test
  void abortedTestsScoreZero() {
    Scorecard c = cards.get("mallory-abort");
    assertTrue(outcomes(c, "graph").contains(Outcome.ABORTED), outcomes(c, "graph").toString());
    assertTrue(exercise(c, "graph") < 10);
    untouchedExercisesKeepTheirPoints(c, "graph");
  }

  @Test
  void aSuiteWhoseSetUpFailsStillCountsEveryTestAsNotRun() {
    Scorecard c = cards.get("mallory-setup");
    assertTrue(outcomes(c, "dropout").stream().allMatch(Outcome.NOT_RUN::equals), outcomes(c, "dropout").toString());
    Scorecard.TestResult t = c.exercises().stream().filter(e -> e.id().equals("dropout")).findFirst().orElseThrow().tests().get(0);
    assertEquals("テストを実行できませんでした。テストクラスの準備が java.lang.ExceptionInInitializerError で失敗しました。", t.message());
    untouchedExercisesKeepTheirPoints(c, "dropout");
  }

  @Test
  void aFileThatIsNotAJarIsInvalidWithAReason() {
    Scorecard c = cards.get("broken-jar");
    assertEquals(Scorecard.Status.INVALID, c.status());
    assertTrue(c.notes().get(0).startsWith("提出物を jar として読めません"), c.notes().toString());
  }

  private java.util.Set<CodeReferences.Kind> code(String student) {
    return cards.get(student).integrity().code().stream().map(CodeReferences.Finding::kind).collect(Collectors.toSet());
  }

  @Test
  void whatASubmissionTriedIsMarkedForTheInstructorAndHonestWorkIsNot() throws IOException {
    // reflection and Unsafe into the runner are held (mallory-reflect keeps every point), and still marked
    assertEquals(java.util.Set.of(CodeReferences.Kind.ACCESS_CHECKS, CodeReferences.Kind.UNSAFE, CodeReferences.Kind.TRUSTED_CLASSES), code("mallory-reflect"));
    assertTrue(code("mallory-exit").contains(CodeReferences.Kind.EXIT), code("mallory-exit").toString());
    assertTrue(code("mallory-offheap").contains(CodeReferences.Kind.NATIVE), code("mallory-offheap").toString());
    assertTrue(code("mallory-delegate").contains(CodeReferences.Kind.TRUSTED_CLASSES), code("mallory-delegate").toString());
    assertTrue(code("mallory-threads").contains(CodeReferences.Kind.THREADS), code("mallory-threads").toString());
    for (String s : List.of("aiko", "ben", "chika", "dana")) {
      assertEquals(java.util.Set.of(), code(s), s);
      assertTrue(reviews.get(s).isEmpty(), s + ": " + reviews.get(s));
    }
    assertTrue(reviews.get("mallory-exit").concerns().stream().anyMatch(c -> c.kind() == Review.Kind.RUNS && c.text().contains("crashed the JVM")),
        reviews.get("mallory-exit").toString());
    assertTrue(reviews.get("mallory-services").concerns().stream().anyMatch(c -> c.kind() == Review.Kind.DROPPED_ENTRIES), reviews.get("mallory-services").toString());
    String index = Files.readString(dir.resolve("results/index.html"));
    assertTrue(index.contains("<li>code reaches for reflection past access checks (setAccessible, privateLookupIn) in SoftmaxImpl</li>"), index);
    assertTrue(index.contains("<a href=\"grades.csv\">grades.csv</a>"));
  }

  @Test
  void gradescopeResultsAndGradesCsvAreWritten() throws IOException {
    JsonNode results = ResultWriters.JSON.readTree(dir.resolve("results/aiko/results.json").toFile());
    assertEquals(150.0, results.get("score").asDouble());
    // every hidden test but the canary and the control
    assertEquals(honest.exercises().stream().mapToInt(e -> e.tests().size()).sum(), results.get("tests").size());
    String csv = Files.readString(dir.resolve("results/grades.csv"));
    assertTrue(csv.startsWith("student,status,score,max_score,late_days,file,sha256,late_penalty,review\naiko,GRADED,150,220,0,aiko.jar,"), csv);
    assertTrue(csv.lines().filter(l -> l.startsWith("aiko,")).findFirst().orElseThrow().endsWith(",0,"), "nothing for the instructor about aiko: " + csv);
    assertTrue(csv.contains("\nbroken-jar,INVALID,0,220,0,broken-jar.jar,,0,not gradable: 提出物を jar として読めません"), csv);
  }

  @Test
  void regradingGivesTheSameBytesApartFromTheTimestampAndResumesWithoutRegrading() throws Exception {
    Path subset = Files.createDirectories(dir.resolve("subset"));
    for (String s : List.of("aiko", "ben", "broken-jar")) {
      Files.copy(dir.resolve("submissions/" + s + ".jar"), subset.resolve(s + ".jar"));
    }
    PrintWriter quiet = new PrintWriter(new StringWriter());
    // the same master seed (kept in the output folder when the assignment has none): the same hidden inputs
    Files.createDirectories(dir.resolve("again/.nngrade"));
    Files.copy(dir.resolve("results/.nngrade/hidden-seed"), dir.resolve("again/.nngrade/hidden-seed"));
    ClassRun.run(Assignments.load("demo"), ClassRun.Options.of(subset, dir.resolve("again"), SandboxPolicy.of(Isolation.FULL)).withForce(true), ClassRun.Listener.QUIET);
    for (String s : List.of("aiko", "ben", "broken-jar")) {
      assertEquals(withoutTimestamp(dir.resolve("results/" + s + "/scorecard.json")), withoutTimestamp(dir.resolve("again/" + s + "/scorecard.json")), s);
      assertEquals(Files.readString(dir.resolve("results/" + s + "/results.json")), Files.readString(dir.resolve("again/" + s + "/results.json")), s);
    }
    // a grader killed after aiko: ben's files are gone; the rerun grades ben only and reuses aiko's
    String aikoBefore = Files.readString(dir.resolve("again/aiko/scorecard.json"));
    Files.delete(dir.resolve("again/ben/scorecard.json"));
    Files.delete(dir.resolve("again/ben/.graded"));
    ClassRun.Result r = ClassRun.run(Assignments.load("demo"), ClassRun.Options.of(subset, dir.resolve("again"), SandboxPolicy.of(Isolation.FULL)).withJobs(1), ClassRun.Listener.QUIET);
    assertEquals(aikoBefore, Files.readString(dir.resolve("again/aiko/scorecard.json")), "aiko was not graded again");
    assertEquals(withoutTimestamp(dir.resolve("results/ben/scorecard.json")), withoutTimestamp(dir.resolve("again/ben/scorecard.json")));
    assertEquals(3, r.cards().size());
  }

  private static String withoutTimestamp(Path scorecard) throws IOException {
    return Files.readString(scorecard).replaceAll("\"gradedAt\" : \"[^\"]*\"", "\"gradedAt\" : \"-\"");
  }

  @Test
  void theDemosPagesOpenInABrowserWithoutErrorsOrInjectedElements() throws Exception {
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    for (String page : List.of("index.html", "ben/report.html", "mallory-flood/report.html", "broken-jar/report.html")) {
      Path file = dir.resolve("results").resolve(page);
      assertTrue(Files.isRegularFile(file), "no " + page);
      List<String> base = List.of(chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
          "--user-data-dir=" + dir.resolve("chromium-profile"), "--enable-logging=stderr", "--v=0");
      List<String> dump = new java.util.ArrayList<>(base);
      dump.addAll(List.of("--dump-dom", file.toUri().toString()));
      Process p = new ProcessBuilder(dump).redirectError(dir.resolve("chromium.err").toFile()).start();
      String dom = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS));
      String err = Files.readString(dir.resolve("chromium.err"));
      assertTrue(dom.contains("id=\"assignment\""), page + ": no #assignment in the DOM");
      assertTrue(!dom.contains("<script") && !dom.contains("<img"), page + ": an element a submission could have injected");
      assertTrue(!err.contains("Uncaught") && !err.contains(":CONSOLE("), page + ": page errors: " + err);
      List<String> shot = new java.util.ArrayList<>(base);
      shot.addAll(List.of("--window-size=1100,1400", "--screenshot=" + shots.resolve(page.replace('/', '-') + ".png").toAbsolutePath(), file.toUri().toString()));
      Process q = new ProcessBuilder(shot).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(q.waitFor(90, java.util.concurrent.TimeUnit.SECONDS));
      assertTrue(Files.size(shots.resolve(page.replace('/', '-') + ".png")) > 10_000, page + ": empty screenshot");
    }
  }

  private static String chromium() {
    for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(d, c))) {
          return Path.of(d, c).toString();
        }
      }
    }
    throw new AssertionError("no headless Chromium: install it (Debian: apt-get install chromium fonts-noto-cjk; .ci/run does)");
  }

  @Test
  void noSandboxProcessOutlivesTheGrading() throws IOException, InterruptedException {
    Process ps = new ProcessBuilder("ps", "-eo", "uid=,stat=,args=").redirectErrorStream(true).start();
    String all = new String(ps.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    ps.waitFor();
    // zombies (state Z) hold no memory or CPU: they wait for the machine's init to collect them, which some inits do late
    List<String> left = all.lines().map(String::strip).filter(l -> l.matches("^600\\d\\d .*") && !l.split("\\s+")[1].startsWith("Z")).toList();
    assertTrue(left.isEmpty(), "processes of the sandbox uids are still running: " + left);
  }
}
