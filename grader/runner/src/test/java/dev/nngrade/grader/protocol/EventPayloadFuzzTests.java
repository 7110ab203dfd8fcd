package dev.nngrade.grader.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.contract.testsupport.Allocations;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The host decodes every frame payload a child sends: whatever the bytes, the decoder either refuses
 * them with {@link MalformedFrameException} or returns the one event whose encoding they are (so no
 * two payloads mean the same event, and nothing is lost or invented on the way), and it allocates in
 * proportion to the payload, never to a size the payload declares.
 */
class EventPayloadFuzzTests {

  static Stream<byte[]> everyEvent() {
    return CodecTests.everyEvent().stream().map(Codec::encode);
  }

  @MethodSource("everyEvent")
  @FuzzTest(maxDuration = "20s")
  void decodesToTheEventItsBytesEncode(byte[] payload) {
    // strings are decoded through a char buffer and copied, doubles are copied by the records: a few times the payload
    long bound = 16L * payload.length + (64 << 10);
    long allocated = Allocations.steady(() -> Codec.decodeEvent(payload), bound);
    assertTrue(allocated <= bound, () -> allocated + " bytes allocated to decode " + payload.length);
    Event e;
    try {
      e = Codec.decodeEvent(payload);
    } catch (MalformedFrameException refused) {
      return;
    }
    assertArrayEquals(payload, Codec.encode(e), e::toString);
    if (e instanceof Event.Judged j && j.value().kind() == Value.Kind.ARRAY) {
      long n = 1;
      for (int d : j.value().shape()) {
        n = Math.multiplyExact(n, d);
      }
      assertEquals(n, j.value().size(), () -> "a value whose shape does not hold its data: " + j.value());
    }
  }
}
