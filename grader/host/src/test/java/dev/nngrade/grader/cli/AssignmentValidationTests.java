package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.output.ResultWriters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong assignment files through the real command line: each one is named with its line, column,
 * path, what was expected and what was found, by {@code validate-assignment} and by {@code grade},
 * which must stop with exit code 4 before it grades (or even creates) anything.
 */
class AssignmentValidationTests {
  /** {@code problem}: the whole line the file must get, less the file's name in front. */
  record Case(String name, String json, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Wording that must never reach an instructor: the parser's, the validator's, Java's. */
  static final Pattern LEAKS = Pattern.compile("Exception|DeserializationFeature|JsonReadFeature|StreamReadFeature|com\\.fasterxml|tools\\.jackson|networknt"
      + "|java\\.|\\$\\.|\\(code \\d+\\)|REDACTED|\\bat [a-z]+\\.[a-z]+\\.");

  static Stream<Case> badFiles() {
    return Stream.of(
        new Case("a missing comma is a syntax error with its line and column", """
            {
              "schema": 1
              "id": "course"
            }
            """, ":3:3: top level: expected a comma (,) or the '}' that closes the object, found \"id\""),
        new Case("a comma before the closing bracket", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmax", "points": 10},]}
            """, ":2:48: exercises: expected another item after the comma (JSON allows no comma before ']'), found ']'"),
        new Case("a file that ends too early", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmax", "points": 10}
            """, ":3:1: exercises: expected a ']' to close the list that starts on line 2, column 15, found the end of the file"),
        new Case("a comment", """
            {"schema": 1, "id": "course",
              // softmax only
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":2:3: top level: expected JSON, which has no comments, found '/'"),
        new Case("an unknown top-level key", """
            {"schema": 1, "id": "course", "colour": "red",
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:31: colour: expected one of the keys schema, id, title, language, conventions, limits, deadline, latePolicy, hiddenSeed, exercises,"
            + " leaderboard; found the unknown key \"colour\""),
        new Case("an unknown convention key", """
            {"schema": 1, "id": "course",
             "conventions": {"squared-error": "half-sum", "learning-rate": "high"},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":2:47: conventions.learning-rate: expected one of the keys squared-error, adam, dropout; found the unknown key \"learning-rate\""),
        new Case("a convention value no course knows", """
            {"schema": 1, "id": "course",
             "conventions": {"squared-error": "bogus"},
             "exercises": [{"id": "squared-error", "points": 10}]}
            """, ":2:35: conventions.squared-error: expected one of half-sum, half-mean, mean; found \"bogus\""),
        new Case("a misspelt convention value gets a suggestion", """
            {"schema": 1, "id": "course",
             "conventions": {"dropout": "invertd"},
             "exercises": [{"id": "dropout", "points": 10}]}
            """, ":2:29: conventions.dropout: expected one of scale-at-inference, inverted; found \"invertd\" (did you mean \"inverted\"?)"),
        new Case("points written as text", """
            {"schema": 1, "id": "course",
             "exercises": [
               {"id": "softmax", "points": "10"}
             ]}
            """, ":3:32: exercises[0].points: expected a number greater than 0, found the text \"10\""),
        new Case("negative points", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmax", "points": 10}, {"id": "affine", "points": -5}]}
            """, ":2:76: exercises[1].points: expected a number greater than 0, found -5"),
        new Case("an exercise listed twice", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmax", "points": 10},
                           {"id": "affine", "points": 10},
                           {"id": "softmax", "points": 5}]}
            """, ":4:23: exercises[2]: \"softmax\" is listed twice (first at exercises[0])"),
        new Case("an unknown exercise id", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmaks", "points": 10}]}
            """, ":2:23: exercises[0].id: expected one of affine, forward3, activations, linearity, softmax, cross-entropy, squared-error,"
            + " numerical-gradient, gd-step, backprop2, regression-train, graph, affine-layer, act-layers, softmax-loss, two-layer-net, minibatch-train,"
            + " optimizers, perceptron, convolution, dropout, classify; found \"softmaks\" (did you mean \"softmax\"?)"),
        new Case("a fraction where a whole number of seconds belongs", """
            {"schema": 1, "id": "course", "limits": {"testTimeoutSeconds": 5.9},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:64: limits.testTimeoutSeconds: expected a whole number from 1 to 3600, found 5.9"),
        new Case("a negative penalty per day", """
            {"schema": 1, "id": "course", "deadline": "2026-12-01T23:59:00+09:00",
             "latePolicy": {"penaltyPerDay": -0.5, "maxDaysLate": 3},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":2:34: latePolicy.penaltyPerDay: expected a number from 0 to 1, found -0.5"),
        new Case("a penalty per day above 1", """
            {"schema": 1, "id": "course", "deadline": "2026-12-01T23:59:00+09:00",
             "latePolicy": {"penaltyPerDay": 1.5, "maxDaysLate": 3},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":2:34: latePolicy.penaltyPerDay: expected a number from 0 to 1, found 1.5"),
        new Case("a language the reports do not speak", """
            {"schema": 1, "id": "course", "language": "fr",
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:43: language: expected one of ja, en; found \"fr\""),
        new Case("a deadline without an offset", """
            {"schema": 1, "id": "course", "deadline": "2026-12-01 23:59",
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:43: deadline: expected an ISO-8601 time with an offset, such as 2026-12-01T23:59:00+09:00; found \"2026-12-01 23:59\""),
        new Case("a late policy without a deadline", """
            {"schema": 1, "id": "course",
             "latePolicy": {"penaltyPerDay": 0.1, "maxDaysLate": 3},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":2:2: latePolicy: expected a \"deadline\" beside the late policy, found none"),
        new Case("a hidden seed that is not hexadecimal", """
            {"schema": 1, "id": "course", "hiddenSeed": "my-secret-seed-2026",
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:45: hiddenSeed: expected 16 to 64 hexadecimal digits (0-9, a-f); found \"my-secret-seed-2026\""),
        new Case("a hidden seed too short", """
            {"schema": 1, "id": "course", "hiddenSeed": "00ff",
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:45: hiddenSeed: expected 16 to 64 hexadecimal digits (0-9, a-f); found \"00ff\""),
        new Case("a leaderboard with an unknown task", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "ranking"}}
            """, ":2:26: leaderboard.task: expected one of image-classification, regression; found \"ranking\""),
        new Case("two tracks with one id", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "image-classification",
                             "tracks": [{"id": "open"}, {"id": "small", "maxParameters": 1000}, {"id": "open"}]}}
            """, ":3:92: leaderboard.tracks[2].id: expected each track id once, found \"open\" again (first at leaderboard.tracks[0].id)"),
        new Case("a regression leaderboard with a baseline", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "regression", "baselines": ["two-layer-net"]}}
            """, ":2:54: leaderboard.baselines[0]: expected no baselines for a regression leaderboard (the baselines are image classifiers),"
            + " found \"two-layer-net\""),
        new Case("an unknown time zone", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "image-classification", "timeZone": "Asia/Osaka"}}
            """, ":2:62: leaderboard.timeZone: expected a time zone such as Asia/Tokyo, Europe/Berlin or UTC, found \"Asia/Osaka\","
            + " which is not a known time zone"),
        new Case("image data for a regression leaderboard", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "regression", "data": "embedded"}}
            """, ":2:48: leaderboard.data: expected \"lecture-002\" or a CSV file for regression, found \"embedded\", which is image data"),
        new Case("a split without its seed", """
            {"schema": 1, "id": "course",
             "leaderboard": {"task": "image-classification", "split": {"publicFraction": 0.3}}}
            """, ":2:59: leaderboard.split: expected the key \"seed\", found none"),
        new Case("no exercises and no leaderboard", """
            {"schema": 1, "id": "course", "exercises": []}
            """, ":1:44: exercises: expected at least one exercise (or a leaderboard section), found none"),
        new Case("neither key at all", """
            {"schema": 1, "id": "course"}
            """, ":1:1: top level: expected at least one exercise (or a leaderboard section), found none"),
        new Case("a schema this grader does not read", """
            {"schema": 2, "id": "course", "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:12: schema: expected exactly 1, found 2"),
        new Case("no id", """
            {"schema": 1, "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:1: top level: expected the key \"id\", found none"),
        new Case("a key written twice", """
            {"schema": 1, "id": "course",
             "exercises": [{"id": "softmax", "points": 10, "points": 20}]}
            """, ":2:48: exercises[0].points: expected each key once, found \"points\" again (first on line 2, column 34)"),
        new Case("a title in a third language", """
            {"schema": 1, "id": "course", "title": {"en": "Course", "de": "Kurs"},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:57: title.de: expected one of the keys ja, en; found the unknown key \"de\""),
        new Case("limits under the minimum", """
            {"schema": 1, "id": "course", "limits": {"submissionTimeoutSeconds": 0},
             "exercises": [{"id": "softmax", "points": 10}]}
            """, ":1:70: limits.submissionTimeoutSeconds: expected a whole number from 1 to 86400, found 0"),
        new Case("points beyond what a double holds", """
            {"schema": 1, "id": "course", "exercises": [{"id": "softmax", "points": 1e400}]}
            """, ":1:73: exercises[0].points: expected a number of at most 1.7e308 in size, found 1e400"),
        // found by the fuzzer: an exponent past the parser's exact decimals threw out of the reader
        new Case("an exponent no decimal holds", """
            {"schema": 1, "id": "course", "exercises": [{"id": "softmax", "points": 7e4054698701292510322}]}
            """, ":1:73: exercises[0].points: expected a number of at most 1.7e308 in size, found 7e4054698701292510322"),
        new Case("an empty file", "", ":1:1: expected an assignment object { ... }, found an empty file"));
  }

  static Path write(Path dir, String json) throws Exception {
    Path file = dir.resolve("course.json");
    Files.writeString(file, json);
    return file;
  }

  static List<String> lines(String text) {
    return text.lines().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void validateAssignmentNamesTheProblemAndExitsWithFour(Case c, @TempDir Path dir) throws Exception {
    Path file = write(dir, c.json());
    CommandsTests.Run r = CommandsTests.run("validate-assignment", file.toString());
    assertEquals(4, r.code(), r.out() + r.err());
    assertTrue(lines(r.err()).contains(file + c.problem()), "expected the line\n" + file + c.problem() + "\nin\n" + r.err());
    assertFalse(LEAKS.matcher(r.err()).find(), r.err());
    assertTrue(r.err().strip().endsWith(": " + file + ": 1 problem (exit code 4)"), r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void gradeStopsBeforeItGradesAnything(Case c, @TempDir Path dir) throws Exception {
    Path file = write(dir, c.json());
    Path submissions = Files.createDirectories(dir.resolve("submissions"));
    Files.writeString(submissions.resolve("aiko.jar"), "not graded: the run stops first");
    Path out = dir.resolve("out");
    CommandsTests.Run r = CommandsTests.run("grade", "--assignment", file.toString(), "--submissions", submissions.toString(), "--out", out.toString(), "--no-progress");
    assertEquals(4, r.code(), r.out() + r.err());
    assertTrue(lines(r.err()).contains(file + c.problem()), r.err());
    assertTrue(r.err().contains("nothing was graded"), r.err());
    assertFalse(LEAKS.matcher(r.err()).find(), r.err());
    assertFalse(Files.exists(out), "grade created " + out + " before it stopped");
  }

  @Test
  void everyProblemOfAFileIsListedAtOnceInTheOrderOfTheFile(@TempDir Path dir) throws Exception {
    Path file = write(dir, """
        {
          "schema": 1,
          "id": "course",
          "language": "fr",
          "conventions": {"squared-error": "bogus", "adam": "textbook"},
          "latePolicy": {"penaltyPerDay": -0.5, "maxDaysLate": 2},
          "exercises": [
            {"id": "softmax", "points": "10"},
            {"id": "softmax", "points": 5}
          ]
        }
        """);
    CommandsTests.Run r = CommandsTests.run("validate-assignment", file.toString());
    assertEquals(4, r.code());
    assertEquals(List.of(
        file + ":4:15: language: expected one of ja, en; found \"fr\"",
        file + ":5:36: conventions.squared-error: expected one of half-sum, half-mean, mean; found \"bogus\"",
        file + ":6:3: latePolicy: expected a \"deadline\" beside the late policy, found none",
        file + ":6:35: latePolicy.penaltyPerDay: expected a number from 0 to 1, found -0.5",
        file + ":8:33: exercises[0].points: expected a number greater than 0, found the text \"10\"",
        file + ":9:12: exercises[1]: \"softmax\" is listed twice (first at exercises[0])",
        "nngrade validate-assignment: " + file + ": 6 problems (exit code 4)"), lines(r.err()));
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheByte(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.json");
    byte[] shiftJis = "{\"schema\": 1, \"id\": \"course\", \"title\": {\"ja\": \"講義\"}, \"exercises\": []}".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
    Files.write(file, shiftJis);
    CommandsTests.Run r = CommandsTests.run("validate-assignment", file.toString());
    assertEquals(4, r.code());
    assertEquals(file + ":1:48: expected UTF-8 text, found the byte 0x8D, which is not UTF-8; save the file as UTF-8", lines(r.err()).get(0));
  }

  @Test
  void aMissingFileIsAnInstructorErrorToo(@TempDir Path dir) {
    Path file = dir.resolve("no-such.json");
    CommandsTests.Run r = CommandsTests.run("validate-assignment", file.toString());
    assertEquals(4, r.code());
    assertEquals(file + ": expected a built-in assignment (all-exercises, lecture-002, lecture-001-004, demo, demo-leaderboard) or the path of an"
        + " assignment JSON file, found no such file", lines(r.err()).get(0));
  }

  @Test
  void aValidFileIsSummedUp(@TempDir Path dir) throws Exception {
    Path file = write(dir, """
        {"schema": 1, "id": "course", "title": {"en": "Course"}, "language": "en",
         "conventions": {"squared-error": "half-mean", "adam": "epsilon-inside-root", "dropout": "inverted"},
         "limits": {"testTimeoutSeconds": 5}, "deadline": "2026-12-01T23:59:00+09:00", "latePolicy": {"penaltyPerDay": 0.1, "maxDaysLate": 3},
         "hiddenSeed": "0123456789abcdef0123456789ABCDEF",
         "exercises": [{"id": "softmax", "points": 7.5}, {"id": "affine", "points": 5}]}
        """);
    CommandsTests.Run r = CommandsTests.run("validate-assignment", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(file + ": valid (2 exercises, 12.5 points)\n", r.out());
    Assignment a = Assignments.load(file.toString());
    assertEquals("0123456789abcdef0123456789ABCDEF", a.hiddenSeed());
    // limits left out keep their defaults instead of the primitive's 0
    assertEquals(new Assignment.Limits(5, 300, 256, 256), a.limits());
  }

  @Test
  void everyBuiltInAssignmentIsValid() {
    for (String name : Assignments.BUILT_IN) {
      CommandsTests.Run r = CommandsTests.run("validate-assignment", name);
      assertEquals(0, r.code(), name + ": " + r.err());
      assertTrue(r.out().startsWith(name + ": valid ("), r.out());
    }
    assertEquals("all-exercises: valid (22 exercises, 220 points)\n", CommandsTests.run("validate-assignment", "all-exercises").out());
    assertEquals("demo-leaderboard: valid (0 exercises, 0 points, leaderboard)\n", CommandsTests.run("validate-assignment", "demo-leaderboard").out());
  }

  @Test
  void anAssignmentWithoutAHiddenSeedKeepsItsFingerprint() throws Exception {
    // graded results are reused only while the fingerprint (the assignment as JSON) is the same: the new key must not change it
    Assignment demo = Assignments.load("demo");
    assertFalse(ResultWriters.JSON.writeValueAsString(demo).contains("hiddenSeed"));
    Assignment seeded = new Assignment(demo.schema(), demo.id(), demo.title(), demo.language(), demo.conventions(), demo.limits(), demo.deadline(),
        demo.latePolicy(), demo.exercises(), demo.leaderboard(), "00000000000000ff");
    assertTrue(ResultWriters.JSON.writeValueAsString(seeded).contains("\"hiddenSeed\" : \"00000000000000ff\""));
    assertEquals("00000000000000ff", seeded.withLanguage(dev.nngrade.contract.Language.EN).hiddenSeed());
  }
}
