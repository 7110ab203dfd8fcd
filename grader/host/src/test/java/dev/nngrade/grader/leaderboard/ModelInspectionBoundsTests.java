package dev.nngrade.grader.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.contract.testsupport.Allocations;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A leaderboard {@code .nnw} declaring absurd sizes (the 2 147 483 647 × 0 ended a whole run
 * with an OutOfMemoryError in the host) makes that one model invalid with the reason, and the host
 * allocates nothing for the sizes.
 */
class ModelInspectionBoundsTests {
  static byte[] declaring(int rows, int cols) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(Weights.MAGIC);
    d.writeInt(1);
    d.writeUTF("W1");
    d.writeInt(rows);
    d.writeInt(cols);
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({"2147483647, 0", "0, 2147483647", "65536, 65536"})
  void aHostileSizeMakesTheModelInvalidBeforeAnyAllocation(int rows, int cols) throws IOException {
    byte[] jar = CanonicalJars.of(Map.of("dev/nngrade/student/ImageClassifierImpl.class", CanonicalJars.kitClass("SoftmaxImpl"),
        "dev/nngrade/student/model.nnw", declaring(rows, cols)));
    byte[] honest = CanonicalJars.of(Map.of("dev/nngrade/student/ImageClassifierImpl.class", CanonicalJars.kitClass("SoftmaxImpl"),
        "dev/nngrade/student/model.nnw", declaring(2, 3)));
    // the same work on a file of the same shape, so that what is measured below is the sizes' cost alone
    ModelInspection.of(honest, "ImageClassifierImpl");
    long before = Allocations.now();
    ModelInspection m = ModelInspection.of(jar, "ImageClassifierImpl");
    long allocated = Allocations.now() - before;
    assertNotNull(m.weightsProblem(), "the weights were accepted");
    assertTrue(m.weightsProblem().contains(rows + "×" + cols), m.weightsProblem());
    assertEquals(0, m.parameters());
    assertTrue(allocated < 4 << 20, allocated + " bytes allocated");
  }
}
