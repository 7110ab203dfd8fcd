package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds an assignment: a built-in one by name, or a JSON file by path. */
public final class Assignments {
  /** The built-in assignments (resources {@code dev/nngrade/grader/assignments/<name>.json}). */
  public static final List<String> BUILT_IN = List.of("all-exercises", "lecture-002", "lecture-001-004", "demo", "demo-leaderboard");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private Assignments() {}

  public static Assignment load(String nameOrPath) throws IOException {
    if (BUILT_IN.contains(nameOrPath)) {
      try (InputStream in = Assignments.class.getResourceAsStream("/dev/nngrade/grader/assignments/" + nameOrPath + ".json")) {
        if (in == null) {
          throw new IllegalStateException("built-in assignment " + nameOrPath + " is missing from the grader jar");
        }
        return JSON.readValue(in, Assignment.class);
      }
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no assignment '" + nameOrPath + "': expected a built-in name " + BUILT_IN + " or the path of a JSON file");
    }
    try {
      return JSON.readValue(file.toFile(), Assignment.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
    }
  }
}
