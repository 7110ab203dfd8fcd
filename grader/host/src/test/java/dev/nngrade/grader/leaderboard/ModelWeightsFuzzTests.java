package dev.nngrade.grader.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.contract.testsupport.Allocations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A submission's {@code .nnw} weights as any bytes: the host counts the model's parameters, or says
 * why the weights cannot be read (the model is then invalid with that reason), allocating in
 * proportion to the bytes it was given, never to the sizes they declare.
 */
class ModelWeightsFuzzTests {
  static Stream<byte[]> weights() throws IOException {
    Map<String, double[][]> model = new LinkedHashMap<>();
    model.put("W1", new double[][] {{1, 2}, {3, 4}, {5, 6}});
    model.put("b1", new double[][] {{0, 0}});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Weights.write(model, out);
    return Stream.of(out.toByteArray());
  }

  @MethodSource("weights")
  @FuzzTest(maxDuration = "20s")
  void countsTheParametersOrSaysWhy(byte[] nnw) throws IOException {
    byte[] jar = CanonicalJars.of(Map.of("dev/nngrade/student/ImageClassifierImpl.class", CanonicalJars.kitClass("SoftmaxImpl"),
        "dev/nngrade/student/model.nnw", nnw));
    long bound = 16L * jar.length + (4 << 20);
    long allocated = Allocations.steady(() -> ModelInspection.of(jar, "ImageClassifierImpl"), bound);
    assertTrue(allocated <= bound, () -> allocated + " bytes allocated to inspect a jar of " + jar.length);
    ModelInspection m = ModelInspection.of(jar, "ImageClassifierImpl");
    Map<String, double[][]> read;
    try {
      read = Weights.read(new ByteArrayInputStream(nnw));
    } catch (IOException bad) {
      assertNotNull(m.weightsProblem());
      assertTrue(m.weightsProblem().startsWith("dev/nngrade/student/model.nnw: "), m.weightsProblem());
      return;
    }
    assertNull(m.weightsProblem());
    assertEquals(Weights.count(read), m.parameters());
  }
}
