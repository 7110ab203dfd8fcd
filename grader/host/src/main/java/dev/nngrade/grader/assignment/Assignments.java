package dev.nngrade.grader.assignment;

import dev.nngrade.grader.InstructorInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds an assignment: a built-in one by name, or a JSON file by path. Either is checked in full by
 * {@link AssignmentValidator}; whatever is wrong with it, a missing file included, is an
 * {@link InstructorInputException}, so every command stops before it grades anything.
 */
public final class Assignments {
  /** The built-in assignments (resources {@code dev/nngrade/grader/assignments/<name>.json}). */
  public static final List<String> BUILT_IN = List.of("all-exercises", "lecture-002", "lecture-001-004", "demo", "demo-leaderboard");

  /** An assignment file is a page of JSON; anything this large is not one, and is not read whole. */
  public static final int MAX_BYTES = 1 << 20;

  private Assignments() {}

  public static Assignment load(String nameOrPath) throws IOException {
    if (BUILT_IN.contains(nameOrPath)) {
      try (InputStream in = Assignments.class.getResourceAsStream("/dev/nngrade/grader/assignments/" + nameOrPath + ".json")) {
        if (in == null) {
          throw new IllegalStateException("built-in assignment " + nameOrPath + " is missing from the grader jar");
        }
        return AssignmentValidator.read(nameOrPath + " (built-in)", in.readAllBytes());
      }
    }
    Path file;
    try {
      file = Path.of(nameOrPath);
    } catch (InvalidPathException e) {
      file = null;
    }
    if (file == null || !Files.isRegularFile(file)) {
      throw new InstructorInputException(nameOrPath, List.of(new Problem(nameOrPath, 0, 0, null, Words.noSuchAssignment(BUILT_IN)).toString()));
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      // read within the cap, not after a size check: the file may be a pipe or grow meanwhile
      content = in.readNBytes(MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        throw new InstructorInputException(nameOrPath, List.of(new Problem(nameOrPath, 0, 0, null, Words.tooBig(MAX_BYTES)).toString()));
      }
    } catch (IOException e) {
      throw new InstructorInputException(nameOrPath, List.of(new Problem(nameOrPath, 0, 0, null, Words.unreadable(e instanceof AccessDeniedException)).toString()));
    }
    return AssignmentValidator.read(nameOrPath, content);
  }
}
