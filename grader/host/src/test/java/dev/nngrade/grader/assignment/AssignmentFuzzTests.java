package dev.nngrade.grader.assignment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.grader.InstructorInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An assignment file as any bytes: an assignment, or an {@link InstructorInputException} that lists
 * what is wrong (the command then stops before it grades anything), never another exception.
 */
class AssignmentFuzzTests {
  static List<byte[]> builtIn() throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (String name : Assignments.BUILT_IN) {
      try (InputStream in = Assignments.class.getResourceAsStream("/dev/nngrade/grader/assignments/" + name + ".json")) {
        if (in == null) {
          throw new IllegalStateException("built-in assignment " + name + " is missing from the test class path");
        }
        out.add(in.readAllBytes());
      }
    }
    return out;
  }

  @MethodSource("builtIn")
  @FuzzTest(maxDuration = "20s")
  void readsAnAssignmentOrListsItsProblems(byte[] json) {
    try {
      assertNotNull(AssignmentValidator.read("fuzz.json", json));
    } catch (InstructorInputException wrong) {
      assertFalse(wrong.problems().isEmpty());
    }
  }
}
