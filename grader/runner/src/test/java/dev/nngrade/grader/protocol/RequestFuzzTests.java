package dev.nngrade.grader.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.contract.Language;
import dev.nngrade.contract.testsupport.Allocations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The child reads its request from stdin before any student class loads: whatever is on stdin, it
 * gets the one request those bytes begin with (the rest is ignored), or an {@link IOException} and
 * runs nothing. Allocation follows what was read, not what a header declares.
 */
class RequestFuzzTests {

  static Stream<byte[]> requests() {
    return Stream.of(
        new Request.RunTests(CodecTests.SETTINGS, "adam=textbook;squared-error=half-sum",
            List.of(List.of(new Request.TestRun("public", null)), List.of(new Request.TestRun("hidden", -42L)))),
        new Request.RunTests(new Request.Settings(CodecTests.KEY, "dev.nngrade.student", Language.JA, 1), "", List.of()),
        new Request.Predict(CodecTests.SETTINGS, Request.ModelKind.IMAGE_CLASSIFIER, "/run/inputs.nnw"))
        .map(r -> Frames.request(Codec.encode(r)));
  }

  @MethodSource("requests")
  @FuzzTest(maxDuration = "20s")
  void readsTheRequestItsBytesBeginWith(byte[] stdin) {
    long bound = 32L * stdin.length + (64 << 10);
    long allocated = Allocations.steady(() -> Codec.decodeRequest(Frames.readRequest(new ByteArrayInputStream(stdin))), bound);
    assertTrue(allocated <= bound, () -> allocated + " bytes allocated to read " + stdin.length);
    Request r;
    try {
      r = Codec.decodeRequest(Frames.readRequest(new ByteArrayInputStream(stdin)));
    } catch (IOException refused) {
      return;
    }
    byte[] again = Frames.request(Codec.encode(r));
    assertTrue(again.length <= stdin.length, "the request re-encodes longer than what was read");
    assertArrayEquals(Arrays.copyOf(stdin, again.length), again, r::toString);
  }
}
