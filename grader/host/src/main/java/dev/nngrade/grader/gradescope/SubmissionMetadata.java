package dev.nngrade.grader.gradescope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the autograder reads of Gradescope's {@code /autograder/submission_metadata.json}
 * (https://gradescope-autograders.readthedocs.io/en/latest/submission_metadata/): when this
 * submission was made ({@code created_at}), the assignment's {@code due_date} and
 * {@code late_due_date}, who submitted ({@code users}: {@code email}, {@code id}, {@code name}; several
 * for a group), and the same submitters' {@code previous_submissions} ({@code submission_time},
 * {@code score}, {@code autograder_error} where Gradescope gives it, and {@code results}, which
 * Gradescope gives for the latest). A user's own {@code assignment} dates (an extension), which
 * Gradescope's files carry but its page does not document, are used when present. Gradescope writes
 * this file, but the grader still reads it with a size cap and refuses one that lacks what lateness
 * and identity need.
 */
public record SubmissionMetadata(String id, OffsetDateTime createdAt, Optional<OffsetDateTime> dueDate, Optional<OffsetDateTime> lateDueDate,
    String title, List<User> users, List<Previous> previous) {
  /** Larger than anything Gradescope writes for one submission, even with many earlier results. */
  static final long MAX_BYTES = 64L << 20;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public SubmissionMetadata {
    users = List.copyOf(users);
    previous = List.copyOf(previous);
  }

  /** A submitter; {@code dueDate}/{@code lateDueDate}: this user's own dates where Gradescope gives them (an extension). */
  public record User(String email, String id, String name, Optional<OffsetDateTime> dueDate, Optional<OffsetDateTime> lateDueDate) {
    /** The student id the grader uses: the email, else Gradescope's user id. */
    public String studentId() {
      return email != null && !email.isBlank() ? email.strip() : "gradescope-user-" + id;
    }
  }

  /** An earlier submission of the same submitters; {@code results}: its results.json as Gradescope kept it, where given. */
  public record Previous(Instant at, Optional<Double> score, boolean autograderError, Optional<JsonNode> results) {}

  public static SubmissionMetadata read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is missing: the autograder reads the submission's time and its submitters from it (Gradescope writes it"
          + " before run_autograder starts; a test must lay it out too)");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(file + " has more than " + MAX_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a JSON object");
    }
    return of(root, file.toString());
  }

  static SubmissionMetadata of(JsonNode root, String where) {
    OffsetDateTime created = time(root.get("created_at"), where, "created_at")
        .orElseThrow(() -> new IllegalArgumentException(where + ": created_at is missing; it is the submission's time, which lateness needs"));
    JsonNode a = root.path("assignment");
    List<User> users = new ArrayList<>();
    for (JsonNode u : root.path("users")) {
      JsonNode own = u.path("assignment");
      users.add(new User(text(u.get("email")), text(u.get("id")), text(u.get("name")), time(own.get("due_date"), where, "users[].assignment.due_date"),
          time(own.get("late_due_date"), where, "users[].assignment.late_due_date")));
    }
    if (users.isEmpty()) {
      throw new IllegalArgumentException(where + ": users is missing or empty; the grader takes the student's identity from it");
    }
    List<Previous> previous = new ArrayList<>();
    for (JsonNode p : root.path("previous_submissions")) {
      Optional<OffsetDateTime> at = time(p.get("submission_time"), where, "previous_submissions[].submission_time");
      if (at.isEmpty()) {
        continue; // without a time it cannot count against a day
      }
      JsonNode score = p.get("score");
      JsonNode results = p.get("results");
      previous.add(new Previous(at.get().toInstant(), score != null && score.isNumber() ? Optional.of(score.asDouble()) : Optional.empty(),
          p.path("autograder_error").asBoolean(false), results != null && results.isObject() ? Optional.of(results) : Optional.empty()));
    }
    return new SubmissionMetadata(text(root.get("id")), created, time(a.get("due_date"), where, "assignment.due_date"),
        time(a.get("late_due_date"), where, "assignment.late_due_date"), text(a.get("title")), users, previous);
  }

  /** The student the grader grades: the first submitter (a group's submission is graded once, under its first member). */
  public User student() {
    return users.get(0);
  }

  /** The due date that holds for this submission: the student's own (an extension) before the assignment's. */
  public Optional<OffsetDateTime> effectiveDueDate() {
    return student().dueDate().isPresent() ? student().dueDate() : dueDate;
  }

  public Optional<OffsetDateTime> effectiveLateDueDate() {
    return student().dueDate().isPresent() ? student().lateDueDate() : lateDueDate;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Optional<OffsetDateTime> time(JsonNode n, String where, String field) {
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(n.asText()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": " + field + " '" + n.asText() + "' is not an ISO-8601 time with an offset", e);
    }
  }
}
