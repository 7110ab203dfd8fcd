package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One assignment file (JSON, read with Jackson): the exercises and their points, the course's
 * conventions, the language of the feedback, resource limits, the deadline and late policy, and a
 * leaderboard if the assignment has one, and the master seed of the hidden inputs if the instructor
 * chose one. Files are read through {@link AssignmentValidator} (the JSON Schema, then the rules
 * across fields), which reports every problem in plain words before these records are built; the
 * checks here guard assignments that code builds directly.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Assignment(
    @JsonProperty(value = "schema", required = true) int schema,
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty("title") Map<String, String> title,
    @JsonProperty("language") @JsonSerialize(using = LanguageJson.Writer.class) @JsonDeserialize(using = LanguageJson.Reader.class) Language language,
    @JsonProperty("conventions") Map<String, String> conventions,
    @JsonProperty("limits") Limits limits,
    @JsonProperty("deadline") String deadline,
    @JsonProperty("latePolicy") LatePolicy latePolicy,
    @JsonProperty("exercises") List<Item> exercises,
    @JsonProperty("leaderboard") LeaderboardSpec leaderboard,
    // left out of the JSON when absent, so that the grading fingerprint of existing assignments stays the same
    @JsonProperty("hiddenSeed") @JsonInclude(JsonInclude.Include.NON_NULL) String hiddenSeed) {

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

    /**
     * A key left out takes its default: read as the primitive's 0 it gave every child JVM zero
     * seconds or zero megabytes, an instructor's omission that the students would have paid for.
     */
    @JsonCreator
    static Limits of(
        @JsonProperty("testTimeoutSeconds") Integer testTimeoutSeconds,
        @JsonProperty("submissionTimeoutSeconds") Integer submissionTimeoutSeconds,
        @JsonProperty("heapMegabytes") Integer heapMegabytes,
        @JsonProperty("outputKilobytes") Integer outputKilobytes) {
      return new Limits(testTimeoutSeconds == null ? DEFAULT.testTimeoutSeconds : testTimeoutSeconds,
          submissionTimeoutSeconds == null ? DEFAULT.submissionTimeoutSeconds : submissionTimeoutSeconds,
          heapMegabytes == null ? DEFAULT.heapMegabytes : heapMegabytes, outputKilobytes == null ? DEFAULT.outputKilobytes : outputKilobytes);
    }
  }

  /** A fraction of the score lost per started day late, and the days after which nothing is accepted. */
  public record LatePolicy(@JsonProperty("penaltyPerDay") double penaltyPerDay, @JsonProperty("maxDaysLate") int maxDaysLate) {
    public LatePolicy {
      // outside [0, 1] a late student would gain points or lose more than the whole score
      if (!(penaltyPerDay >= 0 && penaltyPerDay <= 1)) {
        throw new IllegalArgumentException("latePolicy.penaltyPerDay " + penaltyPerDay + ": expected a fraction from 0 to 1");
      }
      if (maxDaysLate < 0) {
        throw new IllegalArgumentException("latePolicy.maxDaysLate " + maxDaysLate + ": expected 0 or more days");
      }
    }
  }

  /** The pattern of {@link #hiddenSeed()}: 16 to 64 hexadecimal digits. */
  public static final String HIDDEN_SEED_PATTERN = "[0-9a-fA-F]{16,64}";

  /** An assignment without a master seed of its own for the hidden inputs. */
  public Assignment(int schema, String id, Map<String, String> title, Language language, Map<String, String> conventions, Limits limits, String deadline,
      LatePolicy latePolicy, List<Item> exercises, LeaderboardSpec leaderboard) {
    this(schema, id, title, language, conventions, limits, deadline, latePolicy, exercises, leaderboard, null);
  }

  public Assignment {
    if (schema != SCHEMA) {
      throw new IllegalArgumentException("assignment " + id + ": schema " + schema + " is not supported; this grader reads schema " + SCHEMA);
    }
    exercises = exercises == null ? List.of() : exercises;
    if (exercises.isEmpty() && leaderboard == null) {
      throw new IllegalArgumentException("assignment " + id + " lists no exercises and has no leaderboard; expected at least one of them");
    }
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (Item item : exercises) {
      item.exercise(); // unknown ids fail here, naming the known ones
      if (!(item.points() > 0)) {
        throw new IllegalArgumentException("assignment " + id + ": exercise " + item.id() + " has " + item.points() + " points; expected a positive number");
      }
      if (!listed.add(item.id())) {
        throw new IllegalArgumentException("assignment " + id + ": exercise " + item.id() + " is listed twice; expected each exercise once");
      }
    }
    if (latePolicy != null && deadline == null) {
      throw new IllegalArgumentException("assignment " + id + ": a late policy without a deadline; expected a deadline beside it");
    }
    if (hiddenSeed != null && !hiddenSeed.matches(HIDDEN_SEED_PATTERN)) {
      throw new IllegalArgumentException("assignment " + id + ": hiddenSeed '" + hiddenSeed + "'; expected 16 to 64 hexadecimal digits");
    }
    if (deadline != null) {
      try {
        OffsetDateTime.parse(deadline);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("assignment " + id + ": deadline '" + deadline + "' is not an ISO-8601 time with offset such as 2026-12-01T23:59:00+09:00", e);
      }
    }
    title = title == null ? Map.of() : Map.copyOf(title);
    language = language == null ? Language.JA : language;
    conventions = conventions == null ? Map.of() : Map.copyOf(conventions);
    limits = limits == null ? Limits.DEFAULT : limits;
    exercises = List.copyOf(exercises);
  }

  /** The deadline, if the assignment has one (ISO-8601 with an offset, e.g. {@code 2026-12-01T23:59:00+09:00}). */
  public java.util.Optional<OffsetDateTime> deadlineTime() {
    return deadline == null ? java.util.Optional.empty() : java.util.Optional.of(OffsetDateTime.parse(deadline));
  }

  /** The same assignment with feedback and reports in {@code lang}: a per-run choice. */
  public Assignment withLanguage(Language lang) {
    return new Assignment(schema, id, title, lang, conventions, limits, deadline, latePolicy, exercises, leaderboard, hiddenSeed);
  }

  /**
   * The same assignment with only {@code wanted} of its exercises and no leaderboard, for a student
   * checking one exercise at a time; the points of each kept exercise stay as they were.
   */
  public Assignment onlyExercises(java.util.Collection<Exercise> wanted) {
    List<Item> kept = exercises.stream().filter(i -> wanted.contains(i.exercise())).toList();
    return new Assignment(schema, id, title, language, conventions, limits, deadline, latePolicy, kept, null, hiddenSeed);
  }

  /** The same assignment with another leaderboard section (for example the same one in its final phase). */
  public Assignment withLeaderboard(LeaderboardSpec board) {
    return new Assignment(schema, id, title, language, conventions, limits, deadline, latePolicy, exercises, board, hiddenSeed);
  }

  /** The title in {@code lang}, else the assignment's id (the title map is keyed as the file spells languages: ja, en). */
  public String title(Language lang) {
    return title.getOrDefault(lang.name().toLowerCase(java.util.Locale.ROOT), id);
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
