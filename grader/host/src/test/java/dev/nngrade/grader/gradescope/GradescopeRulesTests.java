package dev.nngrade.grader.gradescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.leaderboard.Standings;
import dev.nngrade.grader.output.ResultWriters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the autograder makes of Gradescope's metadata (dates, earlier submissions, identity) without a sandbox. */
class GradescopeRulesTests {
  static SubmissionMetadata meta(String json) throws IOException {
    return SubmissionMetadata.of(ResultWriters.JSON.readTree(json), "submission_metadata.json");
  }

  static final String BASE = """
      {"id": 7, "created_at": "2026-12-03T10:00:00.000000+09:00",
       "assignment": {"due_date": "2026-12-01T23:59:00.000000+09:00", "late_due_date": %s, "title": "A"},
       "users": [%s], "previous_submissions": %s}
      """;

  static Assignment withPolicy(double perDay, int maxDays) throws IOException {
    Assignment demo = Assignments.load("demo");
    return new Assignment(demo.schema(), demo.id(), demo.title(), demo.language(), demo.conventions(), demo.limits(), "2030-01-01T00:00:00Z",
        new Assignment.LatePolicy(perDay, maxDays), demo.exercises(), demo.leaderboard(), demo.hiddenSeed());
  }

  @Test
  void gradescopesDueDateIsTheDeadlineAndItsLateDueDateTheLastDayThePolicyAccepts() throws IOException {
    Assignment a = withPolicy(0.1, 7);
    SubmissionMetadata m = meta(BASE.formatted("\"2026-12-04T12:00:00+09:00\"", "{\"email\": \"s@x.jp\", \"id\": 1}", "[]"));
    Assignment g = Autograder.withGradescopeDates(a, m);
    assertEquals(Instant.parse("2026-12-01T14:59:00Z"), g.deadlineTime().orElseThrow().toInstant());
    assertEquals(3, g.latePolicy().maxDaysLate(), "two days and 12 hours after the due date: the third day is the last accepted");
    assertEquals(0.1, g.latePolicy().penaltyPerDay());
    // without a late due date the file's own window holds
    assertEquals(7, Autograder.withGradescopeDates(a, meta(BASE.formatted("null", "{\"email\": \"s@x.jp\", \"id\": 1}", "[]"))).latePolicy().maxDaysLate());
    // without a late policy a late submission scores 0, as grade has it
    assertNull(Autograder.withGradescopeDates(Assignments.load("demo"), m).latePolicy());
  }

  @Test
  void aStudentsOwnDatesAnExtensionComeBeforeTheAssignments() throws IOException {
    SubmissionMetadata m = meta(BASE.formatted("null",
        "{\"email\": \"s@x.jp\", \"id\": 1, \"assignment\": {\"due_date\": \"2026-12-05T23:59:00+09:00\", \"late_due_date\": null}}", "[]"));
    assertEquals(Instant.parse("2026-12-05T14:59:00Z"), Autograder.withGradescopeDates(withPolicy(0.1, 2), m).deadlineTime().orElseThrow().toInstant());
  }

  @Test
  void earlierSubmissionsTakeASlotUnlessTheirGradingFailedOrTheirResultsSayTheyTookNone() throws IOException {
    SubmissionMetadata m = meta(BASE.formatted("null", "{\"email\": \"s@x.jp\", \"id\": 1}", """
        [{"submission_time": "2026-12-03T08:00:00+09:00", "score": 1},
         {"submission_time": "2026-12-03T08:10:00+09:00", "score": 0, "autograder_error": true},
         {"submission_time": "2026-12-03T08:20:00+09:00", "results": {"extra_data": {"leaderboard": {"counted": false}}}},
         {"submission_time": "2026-12-03T08:30:00+09:00", "results": {"extra_data": {"leaderboard": {"counted": true}}}},
         {"score": 3}]
        """));
    List<Standings.Submitted> earlier = Autograder.earlier(m, "s@x.jp");
    assertEquals(List.of(Instant.parse("2026-12-02T23:00:00Z"), Instant.parse("2026-12-02T23:30:00Z")), earlier.stream().map(Standings.Submitted::at).toList());
    assertTrue(earlier.stream().allMatch(s -> s.student().equals("s@x.jp")));
  }

  @Test
  void theStudentIsTheFirstSubmittersEmailElseGradescopesIdAndNeverAPathOrAHiddenName() throws IOException {
    assertEquals("s@x.jp", meta(BASE.formatted("null", "{\"email\": \"s@x.jp\", \"id\": 1}, {\"email\": \"t@x.jp\", \"id\": 2}", "[]")).student().studentId());
    assertEquals("gradescope-user-42", meta(BASE.formatted("null", "{\"email\": null, \"id\": 42}", "[]")).student().studentId());
    assertEquals("gradescope-user-9", Autograder.folderName(new SubmissionMetadata.User("../../etc/x@y", "9", null, java.util.Optional.empty(),
        java.util.Optional.empty())));
    assertEquals("gradescope-user-9", Autograder.folderName(new SubmissionMetadata.User(".hidden@y", "9", null, java.util.Optional.empty(),
        java.util.Optional.empty())));
  }

  @Test
  void metadataWithoutATimeOrSubmittersIsRefusedNamingWhatIsMissing(@TempDir Path dir) throws IOException {
    IllegalArgumentException noTime = assertThrows(IllegalArgumentException.class, () -> meta("{\"users\": [{\"id\": 1}]}"));
    assertTrue(noTime.getMessage().contains("created_at is missing"), noTime.getMessage());
    IllegalArgumentException noUsers = assertThrows(IllegalArgumentException.class, () -> meta("{\"created_at\": \"2026-12-03T10:00:00+09:00\"}"));
    assertTrue(noUsers.getMessage().contains("users is missing"), noUsers.getMessage());
    IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> SubmissionMetadata.read(dir.resolve("submission_metadata.json")));
    assertTrue(absent.getMessage().contains("is missing"), absent.getMessage());
    Files.writeString(dir.resolve("bad.json"), "{\"created_at\": ");
    assertThrows(IllegalArgumentException.class, () -> SubmissionMetadata.read(dir.resolve("bad.json")));
  }
}
