package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.demo.DemoLeaderboard;
import dev.nngrade.grader.grading.Merge;
import dev.nngrade.grader.grading.Shard;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --shard i/3} three times and {@code merge} give what one {@code grade} over the whole
 * class gives, through the real commands and sandbox: the demo class (honest, wrong, untouched and
 * hostile jars: crashes, timeouts, dropped entries, an invalid jar) on two exercises, and the demo's
 * leaderboard class (a history, baselines, the daily limit, a student with four entries). Byte for byte
 * apart from {@code gradedAt}, durations ({@code timings.json}, the class page's slowest tests, a
 * model's milliseconds per input) and evaluation times; the SQLite history compared by rows. And merge
 * refuses, with exit code 5 and the reason, a missing shard, a shard given twice, a shard graded with
 * another seed, and shards of another assignment or count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardMergeTests {
  static final String SEED = "0123456789abcdef0123456789abcdef";
  Path dir;
  Path demo;
  Path assignment;

  @BeforeAll
  void gradeTheDemoClassWholeAndInThreeShards(@TempDir Path tmp) throws Exception {
    dir = tmp;
    assertTrue(Isolation.bubblewrapWorks(),
        "bubblewrap is missing or cannot start a sandbox here: install it (apt-get install bubblewrap); .ci/run does");
    demo = dir.resolve("demo");
    DemoClass.write(demo);
    assignment = writeAssignment("small.json", SEED);
    CommandsTests.Run whole = grade(assignment, demo, dir.resolve("whole"), null);
    assertEquals(3, whole.code(), "the demo class has an invalid jar: " + whole.err());
    for (int i = 1; i <= 3; i++) {
      CommandsTests.Run r = grade(assignment, demo, dir.resolve("shard-" + i), i + "/3");
      assertTrue(r.code() == 0 || r.code() == 3, r.err());
      assertTrue(r.err().contains("nngrade: grading shard " + i + "/3 (--shard " + i + "/3)"), r.err());
    }
  }

  /** Two exercises (the hostile jars that touch them still crash and time out), short limits, English pages, a fixed master seed. */
  Path writeAssignment(String name, String seed) throws IOException {
    return Files.writeString(dir.resolve(name), """
        {"schema": 1, "id": "small", "language": "en", "hiddenSeed": "%s",
         "limits": {"testTimeoutSeconds": 5, "submissionTimeoutSeconds": 60},
         "exercises": [{"id": "softmax", "points": 10}, {"id": "cross-entropy", "points": 10}]}
        """.formatted(seed));
  }

  static CommandsTests.Run grade(Path assignment, Path submissions, Path out, String shard, String... more) {
    List<String> args = new ArrayList<>(List.of("grade", "--assignment", assignment.toString(), "--submissions", submissions.toString(), "--out",
        out.toString(), "--no-progress"));
    if (shard != null) {
      args.addAll(List.of("--shard", shard));
    }
    args.addAll(List.of(more));
    return CommandsTests.run(args.toArray(String[]::new));
  }

  static CommandsTests.Run merge(Path out, Path... shards) {
    List<String> args = new ArrayList<>(List.of("merge", "--out", out.toString()));
    for (Path s : shards) {
      args.add(s.toString());
    }
    return CommandsTests.run(args.toArray(String[]::new));
  }

  Path shard(int i) {
    return dir.resolve("shard-" + i);
  }

  @Test
  void threeShardsMergedAreTheWholeClassRun() throws Exception {
    CommandsTests.Run m = merge(dir.resolve("merged"), shard(1), shard(2), shard(3));
    assertEquals(3, m.code(), "merged, and the invalid jar needs a look, as in the whole run: " + m.err() + m.out());
    assertSameClass(dir.resolve("whole"), dir.resolve("merged"));
    // every submission in exactly one shard, chosen by its student id
    Set<String> seen = new HashSet<>();
    for (int i = 1; i <= 3; i++) {
      JsonNode record = ResultWriters.JSON.readTree(shard(i).resolve("shard.json").toFile());
      for (JsonNode f : record.get("graded")) {
        // the demo's folders are its student ids
        assertTrue(seen.add(f.asText()), f + " in two shards");
        assertEquals(i, Shard.of(f.asText(), 3), f.asText());
      }
      assertFalse(record.get("assignment").has("hiddenSeed"), "the seed stays out of shard.json");
    }
    assertEquals(DemoClass.students().size(), seen.size());
    // what merge reads back of intake.json is what the whole run wrote
    IntakeReport.Recorded read = IntakeReport.read(dir.resolve("whole/intake.json"));
    assertEquals(Files.readString(dir.resolve("whole/intake.json")), ResultWriters.JSON.writeValueAsString(read.report().toMap(read.folders())) + "\n");
  }

  @Test
  void aMissingShardIsRefusedAndItsSubmissionsNamed() throws Exception {
    CommandsTests.Run m = merge(dir.resolve("without-3"), shard(1), shard(2));
    assertEquals(Merge.REFUSED, m.code(), m.err());
    List<String> third = new ArrayList<>();
    for (JsonNode f : ResultWriters.JSON.readTree(shard(3).resolve("shard.json").toFile()).get("graded")) {
      third.add(f.asText());
    }
    assertTrue(m.err().contains("nngrade merge: shard 3/3 is missing: it grades " + third.size() + " submission(s): " + String.join(", ", third) + "\n"),
        m.err());
    assertTrue(m.err().contains("nothing was merged (exit code 5)"), m.err());
    assertFalse(Files.exists(dir.resolve("without-3")), "nothing is written");
  }

  @Test
  void aShardGivenTwiceIsRefused() throws Exception {
    Path copy = dir.resolve("copy-of-2");
    copyTree(shard(2), copy);
    CommandsTests.Run m = merge(dir.resolve("twice"), shard(1), shard(2), shard(3), copy);
    assertEquals(Merge.REFUSED, m.code(), m.err());
    assertTrue(m.err().contains("nngrade merge: shard 2/3 is given 2 times: " + shard(2) + ", " + copy + " (give each shard once)"), m.err());
  }

  @Test
  void aShardGradedWithAnotherSeedIsRefused() throws Exception {
    Path other = writeAssignment("other-seed.json", "fedcba9876543210fedcba9876543210");
    CommandsTests.Run g = grade(other, demo, dir.resolve("shard-2-other-seed"), "2/3");
    assertTrue(g.code() == 0 || g.code() == 3, g.err());
    CommandsTests.Run m = merge(dir.resolve("seeds"), shard(1), dir.resolve("shard-2-other-seed"), shard(3));
    assertEquals(Merge.REFUSED, m.code(), m.err());
    assertTrue(m.err().contains("nngrade merge: shard 2/3 (" + dir.resolve("shard-2-other-seed") + ") was graded with another master seed than shard 1/3 ("
        + shard(1) + ") (another hiddenSeed in the assignment file)"), m.err());
    // the seed is the only difference: the assignment without it, the suites and the tool are the same
    assertFalse(m.err().contains("was graded differently"), m.err());
  }

  @Test
  void shardsOfAnotherAssignmentOrCountAreRefused() throws Exception {
    // shard.json as a shard of another assignment, and of another count, would have written it
    Path otherAssignment = dir.resolve("other-assignment");
    copyTree(shard(3), otherAssignment);
    edit(otherAssignment, r -> r.put("assignmentId", "lab-9"));
    CommandsTests.Run a = merge(dir.resolve("assignments"), shard(1), shard(2), otherAssignment);
    assertEquals(Merge.REFUSED, a.code(), a.err());
    assertTrue(a.err().contains("graded assignment lab-9, shard 1/3 (" + shard(1) + ") assignment small: shards of different assignments"), a.err());
    Path otherCount = dir.resolve("other-count");
    copyTree(shard(3), otherCount);
    edit(otherCount, r -> r.put("shards", 4));
    CommandsTests.Run c = merge(dir.resolve("counts"), shard(1), shard(2), otherCount);
    assertEquals(Merge.REFUSED, c.code(), c.err());
    assertTrue(c.err().contains("is one of 4 shards, shard 1/3 (" + shard(1) + ") one of 3"), c.err());
    CommandsTests.Run notShard = merge(dir.resolve("not-a-shard"), shard(1), shard(2), dir.resolve("whole"));
    assertEquals(Merge.REFUSED, notShard.code(), notShard.err());
    assertTrue(notShard.err().contains(dir.resolve("whole") + " has no shard.json: it is not the output of a finished 'grade --shard' run"), notShard.err());
  }

  @Test
  void gradeRefusesToShardAnAssignmentWithoutItsOwnSeed() throws Exception {
    Path noSeed = Files.writeString(dir.resolve("no-seed.json"), """
        {"schema": 1, "id": "small", "language": "en", "exercises": [{"id": "softmax", "points": 10}]}
        """);
    CommandsTests.Run r = grade(noSeed, demo, dir.resolve("no-seed"), "1/3");
    assertEquals(4, r.code(), r.err());
    assertTrue(r.err().contains(noSeed + ": hiddenSeed: --shard needs the assignment's own master seed, so that every shard draws the same hidden inputs"),
        r.err());
    assertFalse(Files.exists(dir.resolve("no-seed")), "nothing was graded");
  }

  @Test
  void aLeaderboardClassInThreeShardsIsTheWholeRun() throws Exception {
    Path models = dir.resolve("models");
    DemoLeaderboard.write(models);
    ObjectNode lb = (ObjectNode) ResultWriters.JSON.readTree(getClass().getResourceAsStream("/dev/nngrade/grader/assignments/demo-leaderboard.json"));
    lb.put("hiddenSeed", SEED).put("language", "en");
    Path a = Files.writeString(dir.resolve("leaderboard.json"), ResultWriters.JSON.writeValueAsString(lb));
    CommandsTests.Run whole = grade(a, models, dir.resolve("lb-whole"), null, "--policy", "all-listed");
    assertEquals(0, whole.code(), whole.err());
    List<Path> shards = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      shards.add(dir.resolve("lb-shard-" + i));
      CommandsTests.Run r = grade(a, models, shards.get(i - 1), i + "/3", "--policy", "all-listed");
      assertEquals(0, r.code(), r.err());
    }
    // ben's four entries (the daily limit is decided over them) lie in one shard
    assertEquals(1, shards.stream().filter(s -> Files.isDirectory(s.resolve("ben"))).count());
    for (Path s : shards) {
      if (Files.isDirectory(s.resolve("ben"))) {
        assertTrue(Files.isDirectory(s.resolve("ben-2")) && Files.isDirectory(s.resolve("ben-3")) && Files.isDirectory(s.resolve("ben-4")), s.toString());
      }
    }
    CommandsTests.Run m = merge(dir.resolve("lb-merged"), shards.toArray(Path[]::new));
    assertEquals(0, m.code(), m.err() + m.out());
    assertSameClass(dir.resolve("lb-whole"), dir.resolve("lb-merged"));
    List<String> rows = historyRows(dir.resolve("lb-merged/leaderboard/history.sqlite"));
    assertTrue(rows.stream().anyMatch(r -> r.contains("|baseline:two-layer-net|")), "the baselines come from shard 1: " + rows);
    assertTrue(rows.stream().anyMatch(r -> r.contains("|OVER_LIMIT|")), "ben's third entry of the day: " + rows);
  }

  /** Every file of a class run, compared with the times and durations masked; the histories by rows. */
  static void assertSameClass(Path whole, Path merged) throws IOException, java.sql.SQLException {
    Map<String, Path> a = files(whole);
    Map<String, Path> b = files(merged);
    assertEquals(a.keySet(), b.keySet(), "the same files");
    List<Runnable> checks = new ArrayList<>();
    for (String rel : a.keySet()) {
      if (rel.endsWith("history.sqlite")) {
        List<String> ra = historyRows(a.get(rel));
        List<String> rb = historyRows(b.get(rel));
        checks.add(() -> assertEquals(ra, rb, rel));
      } else {
        String x = masked(rel, Files.readAllBytes(a.get(rel)));
        String y = masked(rel, Files.readAllBytes(b.get(rel)));
        checks.add(() -> assertEquals(x, y, rel));
      }
    }
    assertAll(checks.stream().map(r -> (org.junit.jupiter.api.function.Executable) r::run));
    assertTrue(a.size() > 10, "a class's files: " + a.keySet());
  }

  /** The files a class run leaves for the instructor: not the work folder (.nngrade: unpacked uploads, a seed) and not a shard's record. */
  static Map<String, Path> files(Path root) throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (!rel.startsWith(".nngrade/") && !rel.equals("shard.json") && !rel.endsWith("-wal") && !rel.endsWith("-shm")) {
          out.put(rel, p);
        }
      }
    }
    return out;
  }

  static String masked(String rel, byte[] bytes) throws IOException {
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (rel.endsWith("scorecard.json")) {
      // the grading time, and the JVM's log times in a child's stderr, which a timed-out test's instructor message quotes
      return s.replaceAll("\"gradedAt\" : \"[^\"]*\"", "\"gradedAt\" : \"(time)\"").replaceAll("\\[\\d+\\.\\d+s\\]", "[(time)]");
    }
    if (rel.endsWith("timings.json")) {
      // durations and nothing else: the keys must agree (the same runs and tests), not the milliseconds
      return ResultWriters.JSON.writeValueAsString(numbersZeroed(ResultWriters.JSON.readTree(s)));
    }
    if (rel.equals("index.html")) {
      return s.replaceAll("(?s)<table id=\"slowest\">.*?</table>", "<table id=\"slowest\">(durations)</table>");
    }
    if (rel.equals("leaderboard/leaderboard.json")) {
      JsonNode root = ResultWriters.JSON.readTree(s);
      for (JsonNode e : root.get("entries")) {
        ((ObjectNode) e).remove("evaluatedAt");
        ((ObjectNode) e.get("evaluation")).remove("millisPerImage");
      }
      return ResultWriters.JSON.writeValueAsString(root);
    }
    return s;
  }

  static JsonNode numbersZeroed(JsonNode n) {
    if (n.isNumber()) {
      return com.fasterxml.jackson.databind.node.IntNode.valueOf(0);
    }
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      List<String> names = new ArrayList<>();
      o.properties().forEach(e -> names.add(e.getKey()));
      for (String name : names) {
        o.set(name, numbersZeroed(o.get(name)));
      }
    } else if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = (com.fasterxml.jackson.databind.node.ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        a.set(i, numbersZeroed(a.get(i)));
      }
    }
    return n;
  }

  /** Every row but the evaluation time and the milliseconds per input (a column and a field of the evaluation's JSON). */
  static List<String> historyRows(Path file) throws java.sql.SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT assignment, data, student, sha256, submitted_at, status, public_metric, private_metric,"
            + " json_remove(evaluation, '$.millisPerImage') FROM entries ORDER BY assignment, data, student, sha256")) {
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
          b.append('|').append(r.getString(i));
        }
        rows.add(b.append('|').toString());
      }
    }
    assertFalse(rows.isEmpty(), file + " has rows");
    return rows;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  static void edit(Path shard, java.util.function.Consumer<ObjectNode> change) throws IOException {
    ObjectNode r = (ObjectNode) ResultWriters.JSON.readTree(shard.resolve("shard.json").toFile());
    change.accept(r);
    Files.writeString(shard.resolve("shard.json"), ResultWriters.JSON.writeValueAsString(r));
  }
}
