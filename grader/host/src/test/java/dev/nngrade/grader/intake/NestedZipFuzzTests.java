package dev.nngrade.grader.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any bytes as a zip inside a well-formed upload, which intake reads as a stream (not by its central
 * directory): the same promise as for the upload itself, on the path that handles nesting.
 */
class NestedZipFuzzTests {
  static Stream<byte[]> inner() throws IOException {
    return Stream.of(Uploads.nestedSeeds());
  }

  @MethodSource("inner")
  @FuzzTest(maxDuration = "20s")
  void scansAnyZipInsideAnUpload(byte[] inner) throws IOException {
    Uploads.scanOne(Fixtures.zip(Map.of("week1/inner.zip", inner)));
  }
}
