package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.demo.DemoLeaderboard;
import dev.nngrade.grader.demo.SubmissionBuilder;
import dev.nngrade.grader.output.ResultWriters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nngrade export gradescope} end to end: the zip is unpacked into a folder laid out like
 * Gradescope's {@code /autograder} (source/, submission/, results/, submission_metadata.json), its
 * setup.sh runs without a network, and its run_autograder grades the demo's jars with
 * {@code NNGRADE_AUTOGRADER_ROOT} pointing there, at the container isolation level the script names
 * (this machine could give bubblewrap, Gradescope's containers cannot). Each results.json is checked
 * against a JSON Schema written from Gradescope's documentation and against what {@code nngrade grade}
 * gives the same jar.
 */
class GradescopeAutograderTests {
  /** The demo's exercises with a deadline, a late policy and a seed of its own, so that grade and the autograder judge the same hidden inputs. */
  static String course() throws IOException {
    ObjectNode demo;
    try (InputStream in = GradescopeAutograderTests.class.getResourceAsStream("/dev/nngrade/grader/assignments/demo.json")) {
      demo = (ObjectNode) ResultWriters.JSON.readTree(in);
    }
    demo.put("id", "demo-course");
    demo.put("deadline", "2026-12-01T23:59:00+09:00");
    demo.putObject("latePolicy").put("penaltyPerDay", 0.1).put("maxDaysLate", 3);
    demo.put("hiddenSeed", "00112233445566778899aabbccddeeff");
    return ResultWriters.JSON.writeValueAsString(demo);
  }

  static final Schema RESULTS = schema();

  @Test
  void theExportedAutograderGradesTheDemosJarsAsGradeDoesInAFolderLaidOutLikeAutograder(@TempDir Path dir) throws Exception {
    passable(dir);
    Path course = Files.writeString(dir.resolve("course.json"), course());
    Path zip = dir.resolve("autograder.zip");
    CommandsTests.Run export = CommandsTests.run("export", "gradescope", "--assignment", course.toString(), "--out", zip.toString());
    assertEquals(0, export.code(), export.out() + export.err());
    assertTrue(export.out().contains("nngrade/runtime/"), export.out());
    Map<String, String> modes = modes(zip);
    assertAll("the zip's layout",
        () -> assertEquals("rwxr-xr-x", modes.get("setup.sh"), "setup.sh at the root, executable"),
        () -> assertEquals("rwxr-xr-x", modes.get("run_autograder"), "run_autograder at the root, executable"),
        () -> assertEquals("rwxr-xr-x", modes.get("nngrade/runtime/bin/java")),
        () -> assertEquals("rwxr-xr-x", modes.get("nngrade/child-jre/bin/java")),
        () -> assertEquals("rw-------", modes.get("nngrade/assignment.json")),
        () -> assertTrue(modes.keySet().stream().allMatch(n -> n.equals("setup.sh") || n.equals("run_autograder") || n.startsWith("nngrade/")), modes.keySet()
            .toString()));

    Path root = autograderRoot(dir, zip);
    Path bundle = root.resolve("source/nngrade");
    JsonNode exported = ResultWriters.JSON.readTree(bundle.resolve("assignment.json").toFile());
    assertEquals("00112233445566778899aabbccddeeff", exported.get("hiddenSeed").asText(), "the assignment's own seed travels unchanged");
    assertEquals("the assignment's own", ResultWriters.JSON.readTree(bundle.resolve("export.json").toFile()).get("hiddenSeed").asText());
    // what run_autograder leaves to the test JVMs: their runtime, readable by all; the assignment and the tool stay the owner's
    assertAll("modes after setup.sh",
        () -> assertEquals("rw-------", mode(bundle.resolve("assignment.json"))),
        () -> assertEquals("rwx--x--x", mode(bundle)),
        () -> assertEquals("rwx------", mode(bundle.resolve("tool"))),
        () -> assertEquals("rwxr-xr-x", mode(bundle.resolve("child-jre/bin/java"))),
        () -> assertTrue(Files.isRegularFile(bundle.resolve("child-jre/lib/server/classes.jsa")), "setup.sh made the test JVMs' class-data archive"));

    Path demo = dir.resolve("demo");
    DemoClass.write(demo);
    // Gradescope writes the metadata before run_autograder; the peeking submission needs it there to show that reading it is refused
    Files.writeString(root.resolve("submission_metadata.json"), "{}");
    Path peek = peekingSubmission(dir.resolve("peek"), List.of(bundle.resolve("assignment.json"), root.resolve("submission_metadata.json"),
        bundle.resolve("tool/classpath")));
    // the same jars through nngrade grade (default isolation: full), with sidecars saying what Gradescope's created_at says below
    Path subs = Files.createDirectories(dir.resolve("subs"));
    Files.copy(demo.resolve("aiko.jar"), subs.resolve("aiko.jar"));
    Files.copy(demo.resolve("ben.jar"), subs.resolve("ben.jar"));
    Files.writeString(subs.resolve("ben.jar.submitted"), "2026-12-03T10:00:00Z\n");
    Files.copy(peek, subs.resolve("mallory-peek.jar"));
    Files.writeString(subs.resolve("mallory-peek.jar.submitted"), "2026-12-02T09:00:00Z\n");
    CommandsTests.Run grade = CommandsTests.run("grade", "--assignment", course.toString(), "--submissions", subs.toString(), "--out",
        dir.resolve("graded").toString(), "--jobs", "2", "--no-progress");
    assertEquals(0, grade.code(), grade.out() + grade.err());

    // aiko, honest, on time
    JsonNode aiko = autograde(root, Map.of("submission-aiko.jar", demo.resolve("aiko.jar")), metadata("2026-12-01T20:00:00.123456+09:00", "aiko@example.com",
        "null"), List.of());
    sameAsGrade(aiko, dir.resolve("graded/aiko/scorecard.json"));
    assertEquals(0, aiko.get("extra_data").path("late").path("days").asInt(0));
    // ben, partly wrong, two days late with a late due date three days after the due date: 20 % off, as grade gives it
    JsonNode ben = autograde(root, Map.of("lab/submission.jar", demo.resolve("ben.jar")), metadata("2026-12-03T19:00:00+09:00", "ben@example.com",
        "\"2026-12-04T23:59:00.000000+09:00\""), List.of());
    sameAsGrade(ben, dir.resolve("graded/ben/scorecard.json"));
    assertEquals(2, ben.get("extra_data").get("late").get("days").asInt());
    assertTrue(ben.get("score").asDouble() < ben.get("tests").findValues("score").stream().mapToDouble(JsonNode::asDouble).sum(), "the penalty is taken off");
    // mallory-peek, a day late, uploads a sidecar that claims an on-time submission and a link to the assignment, and reads the grader's files
    Path sidecar = Files.writeString(dir.resolve("forged.submitted"), "2026-12-01T00:00:00Z\n");
    JsonNode mallory = autograde(root, Map.of("submission.jar", peek, "submission.jar.submitted", sidecar),
        metadata("2026-12-02T18:00:00+09:00", "mallory@example.com", "\"2026-12-04T23:59:00+09:00\""), List.of("answers.json"));
    sameAsGrade(mallory, dir.resolve("graded/mallory-peek/scorecard.json"));
    assertEquals(1, mallory.get("extra_data").get("late").get("days").asInt(), "Gradescope's time, not the uploaded sidecar's");
    List<JsonNode> softmax = mallory.get("tests").findParents("tags").stream().filter(t -> t.get("tags").get(0).asText().equals("softmax")).toList();
    assertFalse(softmax.isEmpty());
    assertTrue(softmax.stream().allMatch(t -> t.get("status").asText().equals("passed")),
        "every read of the assignment, the metadata and the tool's files was refused inside the sandbox: " + softmax);
    String review = mallory.get("extra_data").get("review").toString();
    assertTrue(review.contains("left out submission.jar.submitted") && review.contains("left out answers.json: a symbolic link"), review);
  }

  @Test
  void theExportedLeaderboardDrawsASeedAndCountsGradescopesEarlierSubmissionsAgainstTheDailyLimit(@TempDir Path dir) throws Exception {
    passable(dir);
    Path zip = dir.resolve("leaderboard.zip");
    CommandsTests.Run export = CommandsTests.run("export", "gradescope", "--assignment", "demo-leaderboard", "--out", zip.toString(), "--lang", "en",
        "--output-format", "html", "--hidden-visibility", "hidden");
    assertEquals(0, export.code(), export.out() + export.err());
    Path root = autograderRoot(dir, zip);
    Path bundle = root.resolve("source/nngrade");
    assertTrue(ResultWriters.JSON.readTree(bundle.resolve("assignment.json").toFile()).get("hiddenSeed").asText().matches("[0-9a-f]{32}"),
        "an assignment without a seed gets one, so that every container judges the same hidden inputs");
    assertEquals("drawn by the export", ResultWriters.JSON.readTree(bundle.resolve("export.json").toFile()).get("hiddenSeed").asText());
    Path models = dir.resolve("models");
    DemoLeaderboard.write(models, Set.of("aiko", "ben-1"));

    JsonNode aiko = autograde(root, Map.of("aiko.jar", models.resolve("aiko.jar")), metadata("2026-12-01T10:00:00+09:00", "aiko@example.com", "null"), List.of());
    JsonNode board = aiko.get("leaderboard");
    assertAll("aiko's entry",
        () -> assertEquals(2, board.size(), aiko.toString()),
        () -> assertEquals("Cross-entropy", board.get(0).get("name").asText()),
        () -> assertEquals("asc", board.get(0).get("order").asText()),
        () -> assertTrue(board.get(0).get("value").asDouble() > 0 && board.get(0).get("value").asDouble() < 2.3, board.toString()),
        () -> assertTrue(aiko.get("extra_data").get("leaderboard").get("counted").asBoolean()),
        () -> assertEquals("html", aiko.get("output_format").asText()),
        () -> assertTrue(aiko.get("output").asText().startsWith("<p>"), aiko.get("output").asText()),
        () -> assertTrue(aiko.get("output").asText().contains("isolation level container"), "in the language asked for: " + aiko.get("output")));

    // ben's third submission of the day (Asia/Tokyo): two earlier ones count, one whose grading failed does not, one of the day before does not
    String earlier = """
        [{"submission_time": "2026-11-30T23:00:00+09:00", "score": 0.0, "results": {}},
         {"submission_time": "2026-12-01T08:00:00+09:00", "score": 0.0, "results": {"score": 0.0, "leaderboard": %s,
           "extra_data": {"leaderboard": {"counted": true}}}},
         {"submission_time": "2026-12-01T08:30:00+09:00", "score": 0.0, "autograder_error": true},
         {"submission_time": "2026-12-01T09:00:00+09:00", "score": 0.0, "results": {"score": 0.0, "leaderboard": %s,
           "extra_data": {"leaderboard": {"counted": true}}}}]
        """.formatted(board, board);
    JsonNode ben = autograde(root, Map.of("ben-1.jar", models.resolve("ben/ben-1.jar")), metadata("2026-12-01T12:00:00+09:00", "ben@example.com", "null",
        earlier), List.of());
    JsonNode lb = ben.get("extra_data").get("leaderboard");
    assertAll("ben past the daily limit",
        () -> assertEquals("OVER_LIMIT", lb.get("status").asText(), ben.toString()),
        () -> assertFalse(lb.get("counted").asBoolean(), "it took no slot, which the next submission's run reads back"),
        () -> assertTrue(lb.get("kept").asBoolean()),
        () -> assertEquals(board, ben.get("leaderboard"), "the latest earlier entry stays on Gradescope's board"),
        () -> assertTrue(ben.get("output").asText().contains("Past the daily limit of 2 submissions"), ben.get("output").asText()));
  }

  /**
   * The test JVMs run as unprivileged uids when the tests run as root, and JUnit's folder is the
   * owner's alone: opened for passing through, as {@code /} is on Gradescope.
   */
  private static void passable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
  }

  /** The zip unpacked into {@code dir/autograder/source} with the modes it records, setup.sh run there without a network, run_autograder copied to the root. */
  private static Path autograderRoot(Path dir, Path zip) throws Exception {
    Path root = Files.createDirectories(dir.resolve("autograder"));
    Path source = Files.createDirectories(root.resolve("source"));
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
      Path top = fs.getPath("/");
      try (Stream<Path> walk = Files.walk(top)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          Path t = source.resolve(top.relativize(p).toString());
          Files.createDirectories(t.getParent());
          Files.copy(p, t);
          Files.setPosixFilePermissions(t, Files.getPosixFilePermissions(p));
        }
      }
    }
    String setup = Files.readString(source.resolve("setup.sh"));
    java.util.regex.Matcher fetch = java.util.regex.Pattern.compile("\\b(curl|wget|apt|apt-get|dpkg|pip3?|git|scp|rsync)\\b|://").matcher(setup);
    assertFalse(fetch.find(), () -> "setup.sh downloads nothing, yet it says " + fetch.group());
    // twice: Gradescope may build the image again, and setup.sh must do the same the second time; no network either time
    for (int i = 0; i < 2; i++) {
      Ran r = run(root, List.of("bwrap", "--dev-bind", "/", "/", "--unshare-net", "--", "bash", source.resolve("setup.sh").toString()), Map.of());
      assertEquals(0, r.code(), "setup.sh (bwrap is needed to take the network away: install bubblewrap): " + r.out());
    }
    Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    return root;
  }

  /**
   * Lays out one submission as Gradescope does (the files, submission_metadata.json, an empty
   * results folder), runs {@code ROOT/run_autograder} itself, and returns its results.json after
   * checking it against the schema. {@code links}: names in the submission that point at the bundle's
   * assignment.
   */
  private static JsonNode autograde(Path root, Map<String, Path> files, String metadata, List<String> links) throws Exception {
    for (String d : List.of("submission", "results")) {
      deleteTree(root.resolve(d));
      Files.createDirectories(root.resolve(d));
    }
    for (var f : files.entrySet()) {
      Path t = root.resolve("submission").resolve(f.getKey());
      Files.createDirectories(t.getParent());
      Files.copy(f.getValue(), t);
    }
    for (String l : links) {
      Files.createSymbolicLink(root.resolve("submission").resolve(l), root.resolve("source/nngrade/assignment.json"));
    }
    Files.writeString(root.resolve("submission_metadata.json"), metadata);
    Ran r = run(root, List.of(root.resolve("run_autograder").toString()), Map.of("NNGRADE_AUTOGRADER_ROOT", root.toString()));
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("isolation container:"), "the isolation the script asked for is in force: " + r.out());
    String text = Files.readString(root.resolve("results/results.json"));
    JsonNode results = ResultWriters.JSON.readTree(text);
    List<Error> errors = RESULTS.validate(text, InputFormat.JSON);
    assertTrue(errors.isEmpty(), "results.json against Gradescope's documented format: " + errors + "\n" + text);
    assertEquals("container", results.get("extra_data").get("isolation").asText());
    for (JsonNode t : results.get("tests")) {
      boolean open = t.get("tags").get(1).asText().equals("public-inputs");
      String hidden = root.resolve("source/nngrade/export.json").toFile().exists()
          ? ResultWriters.JSON.readTree(root.resolve("source/nngrade/export.json").toFile()).get("hiddenVisibility").asText() : "";
      assertEquals(open ? "visible" : hidden, t.get("visibility").asText(), t.toString());
    }
    return results;
  }

  /** The score, the status and every test's points are the scorecard's that grade wrote for the same jar. */
  private static void sameAsGrade(JsonNode results, Path scorecard) throws IOException {
    JsonNode card = ResultWriters.JSON.readTree(scorecard.toFile());
    List<String> fromGrade = new ArrayList<>();
    for (JsonNode e : card.get("exercises")) {
      for (JsonNode t : e.get("tests")) {
        fromGrade.add(e.get("title").asText() + ": " + t.get("name").asText() + " " + t.get("score").asDouble());
      }
    }
    List<String> fromGradescope = new ArrayList<>();
    results.get("tests").forEach(t -> fromGradescope.add(t.get("name").asText() + " " + t.get("score").asDouble()));
    assertAll(scorecard.toString(),
        () -> assertEquals(card.get("score").asDouble(), results.get("score").asDouble()),
        () -> assertEquals(card.get("status").asText(), results.get("extra_data").get("status").asText()),
        () -> assertEquals(fromGrade, fromGradescope));
  }

  static String metadata(String createdAt, String email, String lateDue) {
    return metadata(createdAt, email, lateDue, "[]");
  }

  /** submission_metadata.json as Gradescope's documentation shows it; the due date is the course file's deadline. */
  static String metadata(String createdAt, String email, String lateDue, String previous) {
    return """
        {"id": 123456, "created_at": "%s",
         "assignment": {"due_date": "2026-12-01T23:59:00.000000+09:00", "group_size": null, "group_submission": false, "id": 25828, "course_id": 1234,
           "late_due_date": %s, "release_date": "2026-11-20T00:00:00.000000+09:00", "title": "Demo", "total_points": "220.0"},
         "submission_method": "upload",
         "users": [{"email": "%s", "id": 1234, "name": "A Student"}],
         "previous_submissions": %s}
        """.formatted(createdAt, lateDue, email, previous);
  }

  /**
   * Aiko's jar with a softmax that first tries to read {@code files} and throws if any read
   * succeeds: its softmax tests pass only where the sandbox refused every read (each file exists,
   * so a refusal is not a missing file).
   */
  static Path peekingSubmission(Path dir, List<Path> files) throws IOException {
    for (Path f : files) {
      assertTrue(Files.isRegularFile(f), "the file the submission tries to read is there: " + f);
    }
    Map<String, String> sources = new TreeMap<>(SubmissionBuilder.skeletonSources());
    try (InputStream index = DemoClass.class.getResourceAsStream("/dev/nngrade/grader/demo/index.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(index, StandardCharsets.UTF_8));
      for (String f : p.getProperty("aiko.files").split(",")) {
        try (InputStream in = DemoClass.class.getResourceAsStream("/dev/nngrade/grader/demo/aiko/" + f.trim())) {
          sources.put("dev/nngrade/student/" + f.trim(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    String list = String.join(", ", files.stream().map(f -> "\"" + f + "\"").toList());
    String aikos = sources.get("dev/nngrade/student/SoftmaxImpl.java");
    sources.put("dev/nngrade/student/SoftmaxImpl.java", aikos.replace("public class SoftmaxImpl implements Softmax {", """
        public class SoftmaxImpl implements Softmax {
          static void peek() {
            for (String f : new String[] {%s}) {
              byte[] got;
              try {
                got = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(f));
              } catch (java.io.IOException refused) {
                continue;
              }
              throw new IllegalStateException("read " + got.length + " bytes of " + f);
            }
          }

          { peek(); }
        """.formatted(list)));
    Files.createDirectories(dir);
    Path jar = dir.resolve("mallory-peek.jar");
    SubmissionBuilder.build(jar, "mallory-peek", sources, Map.of());
    return jar;
  }

  record Ran(int code, String out) {}

  private static Ran run(Path cwd, List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
    return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static Map<String, String> modes(Path zip) throws IOException {
    Map<String, String> modes = new TreeMap<>();
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true")); Stream<Path> walk = Files.walk(fs.getPath("/"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        modes.put(p.toString().substring(1), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
      }
    }
    return modes;
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  private static Schema schema() {
    try (InputStream in = GradescopeAutograderTests.class.getResourceAsStream("/dev/nngrade/grader/gradescope/results.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
