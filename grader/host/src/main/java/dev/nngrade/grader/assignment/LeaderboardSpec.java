package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The leaderboard of an assignment: what the model does ({@code image-classification} ranked by
 * cross-entropy, or {@code regression} ranked by mean absolute error), the hidden data and its split
 * into a public part (shown while the assignment runs) and a private part (the final ranking), the
 * tracks with their rules, which entry of a student counts, a daily submission limit and pseudonyms.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record LeaderboardSpec(
    @JsonProperty(value = "task", required = true) String task,
    @JsonProperty("data") String data,
    @JsonProperty("rows") Integer rows,
    @JsonProperty("split") Split split,
    @JsonProperty("policy") String policy,
    @JsonProperty("dailyLimit") Integer dailyLimit,
    @JsonProperty("timeZone") String timeZone,
    @JsonProperty("pseudonyms") Boolean pseudonyms,
    @JsonProperty("tracks") List<Track> tracks,
    @JsonProperty("baselines") List<String> baselines,
    @JsonProperty("phase") String phase,
    @JsonProperty("limits") Limits limits) {

  public static final String CLASSIFICATION = "image-classification";
  public static final String REGRESSION = "regression";
  /** The baselines the reference can train. */
  public static final List<String> KNOWN_BASELINES = List.of("two-layer-net", "simple-conv-net");

  /**
   * A fixed, hidden seed permutes the hidden rows; the first {@code publicFraction} of them are the
   * public part. The seed lives in the instructor's assignment file only.
   */
  public record Split(@JsonProperty(value = "seed", required = true) long seed, @JsonProperty("publicFraction") Double publicFraction) {
    public Split {
      publicFraction = publicFraction == null ? 0.5 : publicFraction;
      if (!(publicFraction > 0 && publicFraction < 1)) {
        throw new IllegalArgumentException("leaderboard split: publicFraction " + publicFraction + "; expected a number between 0 and 1 (e.g. 0.5)");
      }
    }
  }

  /**
   * A track and its rules; a rule left out does not apply. {@code exercises}: the only exercise classes
   * of the student's own the model may use (e.g. the fully-connected layers); {@code maxParameters}:
   * values in the model's {@code .nnw} weights; {@code maxMillisPerImage}: inference time per input row
   * measured in the sandbox; {@code maxClassKilobytes}: compiled code, so that weights cannot hide in it.
   */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Track(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty("title") Map<String, String> title,
      @JsonProperty("exercises") List<String> exercises,
      @JsonProperty("maxParameters") Long maxParameters,
      @JsonProperty("maxMillisPerImage") Double maxMillisPerImage,
      @JsonProperty("maxClassKilobytes") Integer maxClassKilobytes) {
    public Track {
      if (!id.matches("[a-z0-9-]{1,32}")) {
        throw new IllegalArgumentException("leaderboard track id '" + id + "': expected 1 to 32 of a-z, 0-9 and -");
      }
      title = title == null ? Map.of() : Map.copyOf(title);
      if (exercises != null) {
        exercises.forEach(dev.nngrade.contract.Exercise::byId); // unknown ids fail here, naming the known ones
        exercises = List.copyOf(exercises);
      }
    }

    public String title(dev.nngrade.contract.Language lang) {
      return title.getOrDefault(lang.name().toLowerCase(java.util.Locale.ROOT), title.getOrDefault("en", id));
    }
  }

  /** Time and memory of one prediction run. */
  public record Limits(@JsonProperty("timeoutSeconds") int timeoutSeconds, @JsonProperty("heapMegabytes") int heapMegabytes) {
    public static final Limits DEFAULT = new Limits(120, 512);

    /** A key left out takes its default, not the primitive's 0: a timeout of 0 s leaves no model time to run. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static Limits of(@JsonProperty("timeoutSeconds") Integer timeoutSeconds, @JsonProperty("heapMegabytes") Integer heapMegabytes) {
      return new Limits(timeoutSeconds == null ? DEFAULT.timeoutSeconds : timeoutSeconds, heapMegabytes == null ? DEFAULT.heapMegabytes : heapMegabytes);
    }
  }

  public LeaderboardSpec {
    if (!task.equals(CLASSIFICATION) && !task.equals(REGRESSION)) {
      throw new IllegalArgumentException("leaderboard task '" + task + "': expected " + CLASSIFICATION + " or " + REGRESSION);
    }
    data = data == null ? (task.equals(CLASSIFICATION) ? "embedded" : "lecture-002") : data;
    if (rows != null && rows < 2) {
      throw new IllegalArgumentException("leaderboard rows " + rows + ": expected at least 2 (some public, some private)");
    }
    split = split == null ? new Split(20_261_123L, 0.5) : split;
    policy = policy == null ? "best" : policy;
    if (!policy.equals("best") && !policy.equals("last")) {
      throw new IllegalArgumentException("leaderboard policy '" + policy + "': expected best (each student's best entry) or last (the latest)");
    }
    if (dailyLimit != null && dailyLimit < 1) {
      throw new IllegalArgumentException("leaderboard dailyLimit " + dailyLimit + ": expected at least 1, or leave it out for no limit");
    }
    timeZone = timeZone == null ? "Asia/Tokyo" : timeZone;
    ZoneId.of(timeZone); // fails with the JDK's message for an unknown zone
    pseudonyms = pseudonyms != null && pseudonyms;
    tracks = tracks == null || tracks.isEmpty() ? List.of(new Track("open", Map.of("ja", "制限なし", "en", "Unrestricted"), null, null, null, null)) : List.copyOf(tracks);
    if (tracks.stream().map(Track::id).distinct().count() != tracks.size()) {
      throw new IllegalArgumentException("leaderboard tracks: two tracks share an id");
    }
    baselines = baselines == null ? (task.equals(CLASSIFICATION) ? KNOWN_BASELINES : List.of()) : List.copyOf(baselines);
    for (String b : baselines) {
      if (!KNOWN_BASELINES.contains(b) || task.equals(REGRESSION)) {
        throw new IllegalArgumentException("leaderboard baseline '" + b + "': expected one of " + KNOWN_BASELINES + " (image classification only)");
      }
    }
    phase = phase == null ? "open" : phase;
    if (!phase.equals("open") && !phase.equals("final")) {
      throw new IllegalArgumentException("leaderboard phase '" + phase + "': expected open (public part ranked, private hidden) or final (ranked on the private part)");
    }
    limits = limits == null ? Limits.DEFAULT : limits;
  }

  /** The same leaderboard in another phase ({@code open} or {@code final}). */
  public LeaderboardSpec withPhase(String newPhase) {
    return new LeaderboardSpec(task, data, rows, split, policy, dailyLimit, timeZone, pseudonyms, tracks, baselines, newPhase, limits);
  }

  public boolean classification() {
    return task.equals(CLASSIFICATION);
  }

  /** The ranking metric: cross-entropy for classification, mean absolute error for regression; lower is better for both. */
  public String metric() {
    return classification() ? "cross-entropy" : "mean-absolute-error";
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
