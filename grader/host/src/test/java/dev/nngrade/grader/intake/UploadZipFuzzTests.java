package dev.nngrade.grader.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any file a student uploads as a zip (an LMS lets anything through): intake stages the jars in it
 * within its caps, or rejects the upload with a reason; either way the student has exactly one
 * submission to grade, and reading it ends in a submission or an invalid one.
 */
class UploadZipFuzzTests {
  static Stream<byte[]> uploads() throws IOException {
    return Stream.of(Uploads.nestedSeeds());
  }

  @MethodSource("uploads")
  @FuzzTest(maxDuration = "20s")
  void scansAnyUpload(byte[] zip) throws IOException {
    Uploads.scanOne(zip);
  }
}
