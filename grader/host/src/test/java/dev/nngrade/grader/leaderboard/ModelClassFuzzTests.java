package dev.nngrade.grader.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.contract.Exercise;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's class file as any bytes (intake checks only its magic number and version): the host's
 * inspection of what the model uses returns, whatever the constant pool holds, and names only
 * exercises that exist.
 */
class ModelClassFuzzTests {
  private static final Set<String> EXERCISES = Arrays.stream(Exercise.values()).map(Exercise::id).collect(Collectors.toSet());

  static Stream<byte[]> classes() throws IOException {
    return Stream.of(CanonicalJars.kitClass("TwoLayerNetworkImpl"), CanonicalJars.kitClass("SoftmaxImpl"), CanonicalJars.kitClass("AffineLayerImpl"));
  }

  @MethodSource("classes")
  @FuzzTest(maxDuration = "20s")
  void inspectsAnyClassFile(byte[] classFile) throws IOException {
    byte[] jar = CanonicalJars.of(Map.of("dev/nngrade/student/ImageClassifierImpl.class", classFile));
    ModelInspection m = ModelInspection.of(jar, "ImageClassifierImpl");
    assertEquals(classFile.length, m.classBytes());
    assertEquals(0, m.parameters());
    assertNull(m.weightsProblem());
    assertTrue(EXERCISES.containsAll(m.exercisesUsed()), m.exercisesUsed()::toString);
  }
}
