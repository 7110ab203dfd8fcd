package dev.nngrade.grader.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nngrade.contract.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every record crosses the boundary and comes back equal; what is not a frame of this codec is refused, not guessed at. */
class CodecTests {
  static final byte[] KEY = new byte[Wire.KEY_BYTES];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  static final Request.Settings SETTINGS = new Request.Settings(KEY, "dev.nngrade.student", Language.EN, 10);

  static List<Event> everyEvent() {
    Event.Thrown jdk = new Event.Thrown(Event.Origin.JDK, "java.lang.NullPointerException", "SoftmaxImpl.softmax:12");
    return List.of(
        new Event.Started("[engine:junit-jupiter]/[class:X]/[method:m(dev.nngrade.exercises.testkit.Implementations)]"),
        new Event.Finished("t", Event.Status.FAILED, 12, jdk),
        new Event.Finished("t", Event.Status.PASSED, 0, null),
        new Event.Finished("t", Event.Status.SKIPPED, 0, new Event.Thrown(Event.Origin.SUBMISSION, null, null)),
        new Event.ContainerFailed("[engine:junit-jupiter]/[class:X]", Event.Status.FAILED, jdk),
        new Event.CheckFailed("t", 3, "hint.softmax.formula", "y[0]: 期待値 0.5、実際の値 NaN"),
        new Event.CheckFailed("t", 4, null, null),
        new Event.Judged("t", 5, "softmax (3 rows)", Value.of(new int[] {3, 2}, new double[] {1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e-300, 5}), 1e-12, 1e-9, "hint.softmax.formula"),
        new Event.Judged("t", 6, "scalar", Value.scalar(Math.PI), 1e-12, 1e-9, "hint.softmax.formula"),
        new Event.Judged("t", 7, "null", Value.NULL, 1e-12, 1e-9, "hint.softmax.formula"),
        new Event.Judged("t", 8, "ragged", Value.RAGGED, 1e-12, 1e-9, "hint.softmax.formula"),
        new Event.GradientRow("t", 9, "dW (3x2)", 1.5e-9, "[1][0]", 1e-6, 1e-5, true),
        new Event.Rows(100, 2, 3, new double[] {0.1, 0.2, 0.7, 0.3, 0.3, 0.4}),
        new Event.Timing(12_345, 67_890, 100),
        new Event.Crash(null),
        new Event.Crash(jdk),
        new Event.End());
  }

  @Test
  void everyEventRoundTrips() throws IOException {
    for (Event e : everyEvent()) {
      assertEquals(e, Codec.decodeEvent(Codec.encode(e)), e.toString());
    }
  }

  @Test
  void everyRequestRoundTrips() throws IOException {
    Request tests = new Request.RunTests(SETTINGS, "adam=textbook;squared-error=half-sum",
        List.of(List.of(new Request.TestRun("public", null)), List.of(new Request.TestRun("hidden", -42L), new Request.TestRun("h2", Long.MIN_VALUE))));
    Request.RunTests back = (Request.RunTests) Codec.decodeRequest(Codec.encode(tests));
    assertEquals(((Request.RunTests) tests).batches(), back.batches());
    assertEquals("adam=textbook;squared-error=half-sum", back.course());
    assertArrayEquals(KEY, back.settings().key());
    assertEquals(Language.EN, back.settings().language());
    Request.Predict p = (Request.Predict) Codec.decodeRequest(Codec.encode(new Request.Predict(SETTINGS, Request.ModelKind.REGRESSOR, "/run/inputs.nnw")));
    assertEquals(Request.ModelKind.REGRESSOR, p.kind());
    assertEquals("/run/inputs.nnw", p.inputs());
    assertEquals(10, p.settings().timeoutSeconds());
  }

  @Test
  void framesCarryTheirOrderAndAreRefusedUnderAnotherKeyOrOutOfOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Frames.Writer w = new Frames.Writer(out::write, KEY);
    List<byte[]> sent = new ArrayList<>();
    for (Event e : everyEvent()) {
      byte[] p = Codec.encode(e);
      sent.add(p);
      w.write(p);
    }
    byte[] stream = out.toByteArray();
    Frames.Reader r = new Frames.Reader(new ByteArrayInputStream(stream), KEY, Wire.MAX_FRAME_BYTES);
    for (byte[] p : sent) {
      assertArrayEquals(p, r.next());
    }
    assertNull(r.next());

    byte[] other = KEY.clone();
    other[0] ^= 1;
    Frames.Reader wrongKey = new Frames.Reader(new ByteArrayInputStream(stream), other, Wire.MAX_FRAME_BYTES);
    assertThrows(MalformedFrameException.class, wrongKey::next);
    assertThrows(MalformedFrameException.class, wrongKey::next, "a broken reader stays broken");

    // the second frame replayed in the first position: its MAC was made for sequence number 1
    int first = 4 + sent.get(0).length + Wire.MAC_BYTES;
    int second = 4 + sent.get(1).length + Wire.MAC_BYTES;
    byte[] swapped = Arrays.copyOfRange(stream, first, first + second);
    assertThrows(MalformedFrameException.class, () -> new Frames.Reader(new ByteArrayInputStream(swapped), KEY, Wire.MAX_FRAME_BYTES).next());
  }

  @Test
  void sizesAreCheckedBeforeAnythingIsAllocated() {
    byte[] huge = ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array();
    assertThrows(MalformedFrameException.class, () -> new Frames.Reader(new ByteArrayInputStream(huge), KEY, Wire.MAX_FRAME_BYTES).next());
    // a Rows event claiming 2^31-1 values in a frame of 30 bytes
    byte[] rows = ByteBuffer.allocate(17).put((byte) 7).putInt(0).putInt(1).putInt(1).putInt(Integer.MAX_VALUE).array();
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(rows));
    // a string claiming more bytes than are left
    byte[] started = ByteBuffer.allocate(6).put((byte) 1).putInt(1_000_000).put((byte) 'x').array();
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(started));
  }

  @Test
  void anythingElseIsMalformed() {
    byte[] end = Codec.encode(new Event.End());
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(new byte[0]));
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(new byte[] {99}), "unknown tag");
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(Arrays.copyOf(end, 2)), "trailing bytes");
    byte[] finished = Codec.encode(new Event.Finished("t", Event.Status.PASSED, 1, null));
    finished[1 + 4 + 1] = 9; // the status ordinal
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(finished), "enum out of range");
    byte[] badUtf8 = ByteBuffer.allocate(7).put((byte) 1).putInt(2).put((byte) 0xc3).put((byte) 0x28).array();
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(badUtf8), "invalid UTF-8");
    byte[] value = Codec.encode(new Event.Judged("t", 0, "w", Value.of(new int[] {2}, new double[] {1, 2}), 1e-12, 1e-9, null));
    // shape [2] with a count of one value: the record refuses, the decoder says malformed
    // (tag 1, "t" 5, ordinal 4, "w" 5, kind 1, rank 4, extent 4: the count is at byte 24)
    byte[] shortValue = value.clone();
    ByteBuffer.wrap(shortValue).putInt(24, 1);
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(shortValue));
    assertThrows(MalformedFrameException.class, () -> Codec.decodeRequest(end), "an event is not a request");
  }

  @Test
  void aShapeWhoseProductWrapsIsNotAnEmptyValue() {
    // found by EventPayloadFuzzTests: 65536^4 = 2^64 wrapped to 0 and matched an empty data array
    int big = 65536;
    assertThrows(IllegalArgumentException.class, () -> Value.of(new int[] {big, big, big, big}, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Value.of(new int[] {0, Integer.MAX_VALUE, 2}, new double[0]));
    assertEquals(0, Value.of(new int[] {0, Integer.MAX_VALUE}, new double[0]).size(), "one huge extent beside a zero still fits an array");
    byte[] judged = Codec.encode(new Event.Judged("t", 0, "w", Value.of(new int[] {1, 1, 1, 1}, new double[] {5}), 0, 0, null));
    int tail = 8 + 8 + 1; // after the value: the tolerance (two f64) and an absent hint key
    int valueEnd = judged.length - tail;
    ByteBuffer b = ByteBuffer.wrap(judged);
    int shapeAt = valueEnd - 8 - 4 - 4 * 4;
    for (int i = 0; i < 4; i++) {
      b.putInt(shapeAt + 4 * i, big);
    }
    // the same value without its one element (data length 0), the tail as it was
    byte[] wrapped = Arrays.copyOf(judged, judged.length - 8);
    System.arraycopy(judged, valueEnd, wrapped, valueEnd - 8, tail);
    ByteBuffer.wrap(wrapped).putInt(valueEnd - 8 - 4, 0);
    assertThrows(MalformedFrameException.class, () -> Codec.decodeEvent(wrapped));
  }

  @Test
  void anUnseededTestCarriesNoSeedBytes() throws IOException {
    // found by RequestFuzzTests: seed bytes behind a "no seed" flag were dropped, so two requests decoded as one
    byte[] payload = Codec.encode(new Request.RunTests(SETTINGS, "", List.of(List.of(new Request.TestRun("t", null)))));
    assertEquals(List.of(new Request.TestRun("t", null)), ((Request.RunTests) Codec.decodeRequest(payload)).tests());
    payload[payload.length - 1] = 1;
    byte[] withSeedBytes = payload;
    assertThrows(MalformedFrameException.class, () -> Codec.decodeRequest(withSeedBytes));
  }
}
