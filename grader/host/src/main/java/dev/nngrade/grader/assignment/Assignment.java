package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nngrade.contract.Exercise;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One assignment file (JSON, read with Jackson): the exercises and their points, the course's
 * conventions, the language of the feedback, resource limits, the deadline and late policy, and a
 * leaderboard if the assignment has one.
 * Unknown fields are errors, so a misspelt key is not silently ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Assignment(
    @JsonProperty(value = "schema", required = true) int schema,
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty("title") Map<String, String> title,
    @JsonProperty("language") String language,
    @JsonProperty("conventions") Map<String, String> conventions,
    @JsonProperty("limits") Limits limits,
    @JsonProperty("deadline") String deadline,
    @JsonProperty("latePolicy") LatePolicy latePolicy,
    @JsonProperty("exercises") List<Item> exercises,
    @JsonProperty("leaderboard") LeaderboardSpec leaderboard) {

  /** The schema this grader reads. */
  public static final int SCHEMA = 1;

  /** An exercise and the points it is worth; its tests share the points equally. */
  public record Item(@JsonProperty(value = "id", required = true) String id, @JsonProperty(value = "points", required = true) double points) {
    public Exercise exercise() {
      return Exercise.byId(id);
    }
  }

  /** Time and memory per run of a submission's child JVM. */
  public record Limits(
      @JsonProperty("testTimeoutSeconds") int testTimeoutSeconds,
      @JsonProperty("submissionTimeoutSeconds") int submissionTimeoutSeconds,
      @JsonProperty("heapMegabytes") int heapMegabytes,
      @JsonProperty("outputKilobytes") int outputKilobytes) {
    public static final Limits DEFAULT = new Limits(10, 300, 256, 256);
  }

  /** A fraction of the score lost per started day late, and the days after which nothing is accepted. */
  public record LatePolicy(@JsonProperty("penaltyPerDay") double penaltyPerDay, @JsonProperty("maxDaysLate") int maxDaysLate) {}

  public Assignment {
    if (schema != SCHEMA) {
      throw new IllegalArgumentException("assignment " + id + ": schema " + schema + " is not supported; this grader reads schema " + SCHEMA);
    }
    exercises = exercises == null ? List.of() : exercises;
    if (exercises.isEmpty() && leaderboard == null) {
      throw new IllegalArgumentException("assignment " + id + " lists no exercises and has no leaderboard; expected at least one of them");
    }
    for (Item item : exercises) {
      item.exercise(); // unknown ids fail here, naming the known ones
      if (!(item.points() > 0)) {
        throw new IllegalArgumentException("assignment " + id + ": exercise " + item.id() + " has " + item.points() + " points; expected a positive number");
      }
    }
    if (deadline != null) {
      try {
        OffsetDateTime.parse(deadline);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("assignment " + id + ": deadline '" + deadline + "' is not an ISO-8601 time with offset such as 2026-12-01T23:59:00+09:00", e);
      }
    }
    title = title == null ? Map.of() : Map.copyOf(title);
    language = language == null ? "ja" : language;
    conventions = conventions == null ? Map.of() : Map.copyOf(conventions);
    limits = limits == null ? Limits.DEFAULT : limits;
    exercises = List.copyOf(exercises);
  }

  /** The deadline, if the assignment has one (ISO-8601 with an offset, e.g. {@code 2026-12-01T23:59:00+09:00}). */
  public java.util.Optional<OffsetDateTime> deadlineTime() {
    return deadline == null ? java.util.Optional.empty() : java.util.Optional.of(OffsetDateTime.parse(deadline));
  }

  /** The same assignment with feedback and reports in {@code lang} ({@code ja} or {@code en}): a per-run choice. */
  public Assignment withLanguage(String lang) {
    if (!lang.equals("ja") && !lang.equals("en")) {
      throw new IllegalArgumentException("language '" + lang + "': expected ja or en");
    }
    return new Assignment(schema, id, title, lang, conventions, limits, deadline, latePolicy, exercises, leaderboard);
  }

  /** The same assignment with another leaderboard section (for example the same one in its final phase). */
  public Assignment withLeaderboard(LeaderboardSpec board) {
    return new Assignment(schema, id, title, language, conventions, limits, deadline, latePolicy, exercises, board);
  }

  public double maxPoints() {
    return exercises.stream().mapToDouble(Item::points).sum();
  }

  /** The conventions as the child receives them: {@code key=value;key=value}, keys sorted. */
  public String conventionsInline() {
    return conventions.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + ";" + b).orElse("");
  }
}
