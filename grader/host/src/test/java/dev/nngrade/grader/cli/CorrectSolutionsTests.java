package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nngrade.contract.Exercise;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.SubmissionBuilder;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two further correct solutions of every exercise, written from the contracts' Javadoc and the
 * lectures alone (never from the hidden suites, the reference or the demo students), graded through
 * the real sandbox: each must score 100 % under the built-in {@code all-exercises} assignment and
 * under the other convention variants (squared error half-mean and mean, Adam with ε inside the
 * root, inverted dropout). They differ from the reference and from each other in their numerics:
 *
 * <ul>
 *   <li>{@code alpha}: log-sum-exp softmax, Neumaier-compensated sums, compensated dot products
 *       (fma error terms), i-k-j matrix products with fma, a sigmoid with separate branches for x ≥ 0
 *       and x < 0, σ' as e/(1 + e)², tanh through expm1, im2col convolution, β^t as running products;
 *   <li>{@code beta}: j-outer matrix products with the bias added first or last, softmax as exp(a −
 *       max)/sum with the sum taken in reverse, σ(x) = (1 + tanh(x/2))/2, cross-entropy as −Σ t log(y
 *       + 1e-7), max pooling and convolution with explicit window loops, optimizer state kept flat in
 *       maps keyed by parameter name, Math.pow for β^t, the textbook Adam written as β·m + (1 − β)·g,
 *       a numerical gradient on copies of x, and the regression net's weights drawn layer by layer.
 * </ul>
 *
 * The hidden master seed is drawn afresh for every run (as it is for an assignment without one), so
 * each run checks the suites on new inputs; a failure names the seed, with which the run can be
 * repeated (put it in the assignment as {@code hiddenSeed}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectSolutionsTests {
  static final String BASE = "/dev/nngrade/grader/solutions/";
  static final List<String> SOLUTIONS = List.of("alpha", "beta");

  Path dir;
  Path jars;

  @BeforeAll
  void buildTheSolutions(@TempDir Path tmp) throws Exception {
    assertTrue(Isolation.bubblewrapWorks(), "bubblewrap is missing or cannot start a sandbox here: apt-get install bubblewrap (.ci/run does)");
    dir = tmp;
    jars = Files.createDirectories(dir.resolve("submissions"));
    for (String s : SOLUTIONS) {
      Map<String, String> own = sources(s);
      List<String> missing = new ArrayList<>();
      for (Exercise e : Exercise.values()) {
        for (Class<?> c : e.interfaces()) {
          if (!own.containsKey("dev/nngrade/student/" + Exercise.implementationName(c) + ".java")) {
            missing.add(Exercise.implementationName(c));
          }
        }
      }
      assertEquals(List.of(), missing, s + " must implement every exercise itself (the skeleton would stand in for these)");
      Map<String, String> all = new TreeMap<>(SubmissionBuilder.skeletonSources());
      all.putAll(own);
      SubmissionBuilder.build(jars.resolve(s + ".jar"), s, all, Map.of());
    }
  }

  /** The solution's own sources, path → text, from the test resources. */
  private static Map<String, String> sources(String solution) throws IOException, URISyntaxException {
    URL url = CorrectSolutionsTests.class.getResource(BASE + solution);
    assertTrue(url != null && "file".equals(url.getProtocol()), "the solution " + solution + " is not a folder of test resources: " + url);
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        out.put("dev/nngrade/student/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** An assignment of every exercise under the given conventions, limits as the built-in one. */
  private Assignment variant(String id, String squaredError, String adam, String dropout) throws IOException {
    String exercises = Stream.of(Exercise.values()).map(e -> "{\"id\": \"" + e.id() + "\", \"points\": 10}").collect(Collectors.joining(",\n    "));
    String json = """
        {
          "schema": 1,
          "id": "%s",
          "language": "en",
          "conventions": {"squared-error": "%s", "adam": "%s", "dropout": "%s"},
          "limits": {"testTimeoutSeconds": 10, "submissionTimeoutSeconds": 300, "heapMegabytes": 256, "outputKilobytes": 256},
          "exercises": [
            %s
          ]
        }
        """.formatted(id, squaredError, adam, dropout, exercises);
    Path file = dir.resolve(id + ".json");
    Files.writeString(file, json);
    return Assignments.load(file.toString());
  }

  /** Grades both solutions in one class run and asserts that each has every point. */
  private void everySolutionScoresFull(Assignment assignment, String name) throws Exception {
    Path out = dir.resolve("out-" + name);
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    ClassGrading.Result r = ClassGrading.run(assignment, jars, out, 2, true, SandboxPolicy.of(Isolation.FULL), false, new PrintWriter(err));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.err.printf(Locale.ROOT, "CorrectSolutionsTests %s: %d submissions graded in %.1f s%n", name, r.cards().size(), millis / 1000.0);
    Path seedFile = out.resolve(".nngrade/hidden-seed");
    String seed = assignment.hiddenSeed() != null ? assignment.hiddenSeed() : Files.exists(seedFile) ? Files.readString(seedFile).strip() : "?";
    Map<String, Scorecard> cards = r.cards().stream().collect(Collectors.toMap(Scorecard::student, c -> c));
    List<String> problems = new ArrayList<>();
    for (String s : SOLUTIONS) {
      Scorecard c = cards.get(s);
      if (c == null) {
        problems.add(s + ": no scorecard");
        continue;
      }
      List<String> empty = c.exercises().stream().filter(e -> e.tests().isEmpty()).map(Scorecard.ExerciseResult::id).toList();
      if (c.exercises().size() != assignment.exercises().size() || !empty.isEmpty()) {
        problems.add(s + ": " + c.exercises().size() + " of " + assignment.exercises().size() + " exercises graded; without tests: " + empty);
      }
      if (c.status() != Scorecard.Status.GRADED || c.score() != c.maxScore()) {
        problems.add(String.format(Locale.ROOT, "%s: %s, %.2f of %.2f", s, c.status(), c.score(), c.maxScore()));
        for (Scorecard.ExerciseResult e : c.exercises()) {
          for (Scorecard.TestResult t : e.tests()) {
            if (!"PASSED".equals(t.outcome())) {
              problems.add("  " + s + " " + t.id() + " " + t.outcome() + ": " + t.instructorMessage()
                  + (t.message() == null ? "" : "\n      student message: " + t.message())
                  + (t.exception() == null ? "" : "\n      exception: " + t.exception()));
            }
          }
        }
        if (c.notes() != null && !c.notes().isEmpty()) {
          problems.add("  notes: " + c.notes());
        }
      }
    }
    if (!problems.isEmpty()) {
      fail("a correct solution lost points under " + name + " (conventions " + assignment.conventions() + ", hidden seed " + seed + "):\n"
          + String.join("\n", problems) + "\ngrader's stderr:\n" + err);
    }
  }

  @Test
  void fullMarksUnderTheBuiltInAllExercises() throws Exception {
    everySolutionScoresFull(Assignments.load("all-exercises"), "all-exercises");
  }

  @Test
  void fullMarksWithHalfMeanSquaredErrorAdamEpsilonInsideTheRootAndInvertedDropout() throws Exception {
    everySolutionScoresFull(variant("variant-half-mean", "half-mean", "epsilon-inside-root", "inverted"), "half-mean/epsilon-inside-root/inverted");
  }

  @Test
  void fullMarksWithMeanSquaredErrorTextbookAdamAndInvertedDropout() throws Exception {
    everySolutionScoresFull(variant("variant-mean", "mean", "textbook", "inverted"), "mean/textbook/inverted");
  }
}
