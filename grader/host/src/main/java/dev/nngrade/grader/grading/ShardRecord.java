package dev.nngrade.grader.grading;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.ResultWriters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code OUT/shard.json}: what one shard of a class graded and how, written when the shard is done,
 * so that {@code merge} can put the class together and refuse shards that do not belong together.
 * {@code fingerprint} and {@code parts} are the grading fingerprint ({@link Fingerprint}: assignment,
 * tests, master seed, staged modules, grader, JDK, isolation, hidden data) and its parts, so that a
 * refusal says which part differs; {@code intake} is the SHA-256 of the class's {@code intake.json}
 * (every shard reads the whole folder, so every shard of one class writes the same bytes);
 * {@code assignment} is the assignment as graded (language included) without its hidden seed, from
 * which merge writes the class page and the leaderboard. Not a hidden file: CI artifact uploads leave
 * hidden files out.
 */
@JsonPropertyOrder({"schema", "assignmentId", "shard", "shards", "fingerprint", "parts", "intake", "graded", "assignment"})
public record ShardRecord(
    @JsonProperty("schema") String schema,
    @JsonProperty("assignmentId") String assignmentId,
    @JsonProperty("shard") int shard,
    @JsonProperty("shards") int shards,
    @JsonProperty("fingerprint") String fingerprint,
    @JsonProperty("parts") Map<String, String> parts,
    @JsonProperty("intake") String intake,
    @JsonProperty("graded") List<String> graded,
    @JsonProperty("assignment") ObjectNode assignment) {
  public static final String FILE = "shard.json";
  public static final String SCHEMA = "nngrade.shard/1";

  /** The record of {@code shard}, graded with {@code a} under {@code fingerprint}; the seed is left out of the assignment. */
  static ShardRecord of(Shard shard, Assignment a, String fingerprint, Map<String, String> parts, String intake, List<String> graded) {
    ObjectNode json = ResultWriters.JSON.valueToTree(a);
    json.remove("hiddenSeed");
    return new ShardRecord(SCHEMA, a.id(), shard.index(), shard.count(), fingerprint, parts, intake, graded, json);
  }

  void write(Path out) throws IOException {
    AtomicFiles.write(out.resolve(FILE), ResultWriters.JSON.writeValueAsString(this) + "\n");
  }

  /** The record in a shard's output folder; a folder without one is not a finished shard's output, which is said in words. */
  public static ShardRecord read(Path out) throws IOException {
    Path file = out.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(out + " has no " + FILE + ": it is not the output of a finished 'grade --shard' run (a shard writes it last)");
    }
    ShardRecord r;
    try {
      r = ResultWriters.JSON.readValue(file.toFile(), ShardRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not the " + FILE + " nngrade writes (" + e.getOriginalMessage() + ")", e);
    }
    if (!SCHEMA.equals(r.schema()) || r.assignmentId() == null || r.fingerprint() == null || r.parts() == null || r.intake() == null || r.graded() == null
        || r.assignment() == null) {
      throw new IllegalArgumentException(file + ": not the " + FILE + " nngrade writes (schema " + SCHEMA + " with every field)");
    }
    return r;
  }

  /** The assignment as the shard graded it (without the hidden seed, which merge does not need). */
  public Assignment gradedAssignment() throws JsonProcessingException {
    return ResultWriters.JSON.treeToValue(assignment, Assignment.class);
  }
}
