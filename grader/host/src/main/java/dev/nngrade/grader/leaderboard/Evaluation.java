package dev.nngrade.grader.leaderboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The leaderboard result of one submission. {@code status}: {@code SCORED}, {@code INVALID} (the model
 * did not load, failed, or its predictions cannot be scored; {@code reason} says why) or {@code
 * OVER_LIMIT} (past the daily limit, not evaluated). {@code ineligible}: track id → why the entry
 * breaks that track's rules; a track not listed is one the entry competes in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "reason", "publicMetric", "publicAccuracy", "privateMetric", "privateAccuracy", "parameters", "millisPerImage", "ineligible"})
public record Evaluation(
    String status,
    String reason,
    Double publicMetric,
    Double publicAccuracy,
    Double privateMetric,
    Double privateAccuracy,
    Long parameters,
    Double millisPerImage,
    Map<String, String> ineligible) {

  public static final String SCORED = "SCORED";
  public static final String INVALID = "INVALID";
  public static final String OVER_LIMIT = "OVER_LIMIT";

  public boolean scored() {
    return SCORED.equals(status);
  }

  static Evaluation invalid(String reason, Long parameters) {
    return new Evaluation(INVALID, reason, null, null, null, null, parameters, null, Map.of());
  }
}
