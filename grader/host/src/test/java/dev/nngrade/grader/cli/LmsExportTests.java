package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export grades} after grading the demo's jars laid out as Moodle's and Canvas's downloads: the
 * CSV each LMS imports, read back by the rules each LMS applies when it imports one (Moodle's offline
 * grading worksheet: columns found by their names, the participant id after "Participant "; Canvas's
 * gradebook import: the order of the student columns it accepts, the student found by ID, the
 * assignment column "name (id)"), matched against the scorecards by the ids of the download.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LmsExportTests {
  Path dir;
  /** Participant id (Moodle) or user id (Canvas) -> the demo student whose jar it uploaded. */
  static final Map<String, String> MOODLE = Map.of("104211", "aiko", "104212", "ben", "104213", "chika", "104214", "broken-jar");
  static final Map<String, String> CANVAS = Map.of("48213", "aiko", "48214", "ben", "48215", "chika", "48216", "broken-jar");

  @BeforeAll
  void gradeAMoodleAndACanvasDownload(@TempDir Path tmp) throws Exception {
    dir = tmp;
    assertTrue(Isolation.bubblewrapWorks(),
        "bubblewrap is missing or cannot start a sandbox here: install it (apt-get install bubblewrap); .ci/run does");
    Path demo = dir.resolve("demo");
    DemoClass.write(demo);
    Files.writeString(dir.resolve("lab.json"), """
        {"schema": 1, "id": "softmax-lab", "title": {"ja": "ソフトマックス", "en": "Softmax lab"}, "language": "en",
         "limits": {"testTimeoutSeconds": 5, "submissionTimeoutSeconds": 60}, "exercises": [{"id": "softmax", "points": 10}]}
        """);
    // Moodle's "Download all submissions": a folder per participant (3.1-4.0 add a trailing _), or the prefix on the file
    Path moodle = dir.resolve("moodle");
    copy(demo, "aiko", moodle.resolve("Aiko Tanaka_104211_assignsubmission_file/submission-aiko.jar"));
    copy(demo, "ben", moodle.resolve("Ben Ito_104212_assignsubmission_file_/ben.jar"));
    copy(demo, "chika", moodle.resolve("Chika Mori_104213_assignsubmission_file_lab.jar"));
    copy(demo, "broken-jar", moodle.resolve("Dan Broke_104214_assignsubmission_file/broken.jar"));
    // Canvas's "Download Submissions": lastfirst_[LATE_]userid_attachmentid_filename
    Path canvas = dir.resolve("canvas");
    copy(demo, "aiko", canvas.resolve("tanakaaiko_48213_9120044_submission-aiko.jar"));
    copy(demo, "ben", canvas.resolve("itoben_LATE_48214_9120391_ben.jar"));
    copy(demo, "chika", canvas.resolve("morichika_48215_9120500_chika.jar"));
    copy(demo, "broken-jar", canvas.resolve("brokedan_48216_9120600_broken.jar"));
    for (String lms : List.of("moodle", "canvas")) {
      CommandsTests.Run r = CommandsTests.run("grade", "--assignment", dir.resolve("lab.json").toString(), "--submissions", dir.resolve(lms).toString(), "--out",
          dir.resolve(lms + "-results").toString(), "--no-progress");
      assertEquals(3, r.code(), "graded, and the broken jar needs a look: " + r.err());
      assertTrue(r.err().contains("nngrade: intake: layout " + lms + " (auto:"), r.err());
    }
  }

  static void copy(Path demo, String student, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(demo.resolve(student + ".jar"), to);
  }

  JsonNode card(String lms, String id) throws IOException {
    return ResultWriters.JSON.readTree(dir.resolve(lms + "-results").resolve(id).resolve("scorecard.json").toFile());
  }

  @Test
  void moodlesWorksheetCarriesEveryParticipantsGradeAndFeedback() throws Exception {
    Path csv = dir.resolve("moodle-worksheet.csv");
    CommandsTests.Run r = CommandsTests.run("export", "grades", "--format", "moodle", "--results", dir.resolve("moodle-results").toString(), "--out",
        csv.toString(), "--reports-url", "https://lms.example.edu/nngrade/lab");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(csv + ": 4 row(s) for moodle"), r.out());
    List<List<String>> rows = parse(Files.readString(csv));
    assertEquals(List.of("Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed", "Last modified (submission)",
        "Last modified (grade)", "Feedback comments"), rows.get(0));
    Map<String, Map<String, String>> imported = moodleImport(rows);
    assertEquals(MOODLE.keySet(), imported.keySet(), "one row per participant of the download");
    for (String id : MOODLE.keySet()) {
      JsonNode c = card("moodle", id);
      Map<String, String> row = imported.get(id);
      assertEquals(c.get("score").asDouble(), Double.parseDouble(row.get("Grade")), id);
      assertEquals("10", row.get("Maximum Grade"));
      // when nngrade graded it: Moodle skips the row if its grade was changed in Moodle later than this
      assertEquals(Instant.parse(c.get("gradedAt").asText()).truncatedTo(ChronoUnit.SECONDS), OffsetDateTime.parse(row.get("Last modified (grade)")).toInstant());
      assertTrue(row.get("Feedback comments").contains("<a href=\"https://lms.example.edu/nngrade/lab/" + id + "/report.html\">"), row.toString());
      assertTrue(row.get("Feedback comments").matches("nngrade [0-9.]+/10; .*"), row.toString());
    }
    assertEquals("INVALID", imported.get("104214").get("Status"));
    String softmax = card("moodle", "104211").get("exercises").get(0).get("title").asText();
    assertTrue(imported.get("104211").get("Feedback comments").contains("; " + softmax + " 10/10"), imported.get("104211").toString());
    assertTrue(imported.get("104213").get("Feedback comments").contains("; " + softmax + " 0/10"), imported.get("104213").toString());
  }

  @Test
  void canvassGradebookImportCarriesEveryStudentsScoreInTheAssignmentsColumn() throws Exception {
    Path csv = dir.resolve("canvas-gradebook.csv");
    CommandsTests.Run r = CommandsTests.run("export", "grades", "--format", "canvas", "--results", dir.resolve("canvas-results").toString(), "--out",
        csv.toString(), "--assignment-id", "777");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Canvas's gradebook import carries scores only"), r.err());
    List<List<String>> rows = parse(Files.readString(csv));
    assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Softmax lab (777)"), rows.get(0));
    Map<String, Double> imported = canvasImport(rows, 777);
    assertEquals(CANVAS.keySet(), imported.keySet());
    for (String id : CANVAS.keySet()) {
      assertEquals(card("canvas", id).get("score").asDouble(), imported.get(id), id);
    }
    // scaled to the Canvas assignment's points
    Path scaled = dir.resolve("canvas-100.csv");
    assertEquals(0, CommandsTests.run("export", "grades", "--format", "canvas", "--results", dir.resolve("canvas-results").toString(), "--out",
        scaled.toString(), "--assignment-id", "777", "--assignment-name", "Lab 2", "--out-of", "100").code());
    List<List<String>> s = parse(Files.readString(scaled));
    assertEquals("Lab 2 (777)", s.get(0).get(5));
    assertEquals(card("canvas", "48213").get("score").asDouble() * 10, canvasImport(s, 777).get("48213"));
  }

  @Test
  void whatCannotBeImportedIsRefusedWithTheReason() throws Exception {
    CommandsTests.Run noId = CommandsTests.run("export", "grades", "--format", "canvas", "--results", dir.resolve("canvas-results").toString(), "--out",
        dir.resolve("x.csv").toString());
    assertEquals(1, noId.code());
    assertTrue(noId.err().contains("Canvas matches the grade column by the assignment's id: give --assignment-id"), noId.err());
    CommandsTests.Run wrongIds = CommandsTests.run("export", "grades", "--format", "moodle", "--results", dir.resolve("canvas-results").toString(), "--out",
        dir.resolve("y.csv").toString());
    assertEquals(1, wrongIds.code());
    assertTrue(wrongIds.err().contains("was graded from a canvas folder, so its student ids are not Moodle participant ids"), wrongIds.err());
    assertFalse(Files.exists(dir.resolve("x.csv")) || Files.exists(dir.resolve("y.csv")), "nothing written");
    assertEquals(2, CommandsTests.run("export", "grades", "--format", "blackboard", "--out", dir.resolve("z.csv").toString()).code());
  }

  @Test
  void aSubmissionTheGraderFailedOnGetsNoRowSoTheLmsKeepsWhatItHas() throws Exception {
    Path results = dir.resolve("moodle-results-error");
    ShardMergeTests.copyTree(dir.resolve("moodle-results"), results);
    ObjectNode c = (ObjectNode) ResultWriters.JSON.readTree(results.resolve("104213/scorecard.json").toFile());
    c.put("status", "ERROR");
    Files.writeString(results.resolve("104213/scorecard.json"), ResultWriters.JSON.writeValueAsString(c));
    Path csv = dir.resolve("without-error.csv");
    CommandsTests.Run r = CommandsTests.run("export", "grades", "--format", "moodle", "--results", results.toString(), "--out", csv.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("left out 104213 (104213): the grader failed on it"), r.err());
    assertEquals(List.of("104211", "104212", "104214"), List.copyOf(moodleImport(parse(Files.readString(csv))).keySet()));
  }

  /**
   * Moodle's import of the worksheet: the columns "Identifier", "Grade" and "Last modified (grade)"
   * are found by name (the import fails without them), "Feedback comments" by the plugin's name; the
   * id is what follows the word "Participant ". Returns each participant's row by column name.
   */
  static Map<String, Map<String, String>> moodleImport(List<List<String>> rows) {
    List<String> header = rows.get(0);
    for (String required : List.of("Identifier", "Grade", "Last modified (grade)")) {
      assertTrue(header.contains(required), "Moodle refuses a worksheet without " + required + ": " + header);
    }
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(header.size(), row.size(), row.toString());
      String identifier = row.get(header.indexOf("Identifier"));
      assertTrue(identifier.startsWith("Participant "), identifier);
      Map<String, String> byName = new TreeMap<>();
      for (int i = 0; i < header.size(); i++) {
        byName.put(header.get(i), row.get(i));
      }
      out.put(identifier.substring("Participant ".length()), byName);
    }
    return out;
  }

  /**
   * Canvas's gradebook import: the header starts "Student", "ID", then nothing, "SIS Login ID", or
   * "SIS User ID" and "SIS Login ID" (then optionally "Integration ID" and "Root Account"), and the
   * last student column is "Section"; an assignment column "title (id)" is matched by the id. Returns
   * each student's score by ID.
   */
  static Map<String, Double> canvasImport(List<List<String>> rows, long assignment) {
    List<String> h = rows.get(0);
    assertTrue(h.size() > 3 && h.get(0).contains("Student") && h.get(1).contains("ID"), "Canvas: invalid header row " + h);
    int studentColumns = 3;
    if (h.get(2).matches(".*SIS\\s+Login\\s+ID.*")) {
      studentColumns++;
    } else if (h.get(2).matches(".*SIS\\s+User\\s+ID.*") && h.get(3).matches(".*SIS\\s+Login\\s+ID.*")) {
      studentColumns += 2;
    }
    assertTrue(h.get(studentColumns - 1).contains("Section"), "Canvas: invalid header row (no Section after the student columns) " + h);
    int column = -1;
    for (int i = studentColumns; i < h.size(); i++) {
      if (h.get(i).matches("(?s)(.*)\\s\\((\\d+)\\)") && h.get(i).endsWith("(" + assignment + ")")) {
        column = i;
      }
    }
    assertTrue(column >= 0, "Canvas would create a new assignment: no column ends in (" + assignment + "): " + h);
    assertEquals(studentColumns + 1, h.size(), "any other column would become an assignment too: " + h);
    Map<String, Double> out = new TreeMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertTrue(row.get(1).matches("\\d+"), "Canvas finds the student by ID: " + row);
      out.put(row.get(1), Double.parseDouble(row.get(column)));
    }
    return out;
  }

  /** RFC 4180, as both LMSs read it (quoted fields may hold commas, quotes and line breaks). */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (ch == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (ch != '\r') {
        f.append(ch);
      }
    }
    assertTrue(row.isEmpty() && f.isEmpty(), "the file ends with a line break");
    return rows;
  }
}
