package dev.nngrade.grader.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's reader of the child's event descriptor, on streams of genuine frames (under the run's key)
 * mixed with whatever else a child could write: raw bytes, frames under another key, lengths that lie.
 * It hands out exactly the genuine frames up to the first foreign byte, in order, and from there on
 * only {@link MalformedFrameException}; a stream of genuine frames alone ends cleanly.
 */
class EventFramesFuzzTests {
  private static final byte[] OTHER_KEY = new byte[Wire.KEY_BYTES];

  static {
    OTHER_KEY[0] = 1;
  }

  @FuzzTest(maxDuration = "20s")
  void readsExactlyTheGenuineFramesInOrder(FuzzedDataProvider data) throws IOException {
    int maxFrame = data.consumeInt(0, 1 << 12);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    Frames.Writer genuine = new Frames.Writer(wire::write, CodecTests.KEY);
    Frames.Writer forged = new Frames.Writer(wire::write, OTHER_KEY);
    List<byte[]> sent = new ArrayList<>();
    boolean foreign = false;
    while (data.remainingBytes() > 0 && sent.size() < 64) {
      int what = data.consumeInt(0, 4);
      switch (what) {
        case 0 -> {
          byte[] p = data.consumeBytes(data.consumeInt(0, 1 << 13));
          genuine.write(p);
          sent.add(p);
          foreign |= p.length > maxFrame;
        }
        case 1 -> {
          byte[] p = Codec.encode(CodecTests.everyEvent().get(data.consumeInt(0, CodecTests.everyEvent().size() - 1)));
          genuine.write(p);
          sent.add(p);
          foreign |= p.length > maxFrame;
        }
        case 2 -> {
          byte[] raw = data.consumeBytes(data.consumeInt(1, 64));
          wire.write(raw);
          foreign |= raw.length > 0;
        }
        case 3 -> {
          forged.write(data.consumeBytes(data.consumeInt(0, 64)));
          foreign = true;
        }
        default -> {
          // a length prefix that promises more than follows
          wire.write(java.nio.ByteBuffer.allocate(4).putInt(data.consumeInt()).array());
          foreign = true;
        }
      }
    }
    Frames.Reader reader = new Frames.Reader(new ByteArrayInputStream(wire.toByteArray()), CodecTests.KEY, maxFrame);
    List<byte[]> got = new ArrayList<>();
    MalformedFrameException broken = null;
    try {
      for (byte[] p; (p = reader.next()) != null; ) {
        got.add(p);
        try {
          assertArrayEquals(p, Codec.encode(Codec.decodeEvent(p)));
        } catch (MalformedFrameException notAnEvent) {
          // a genuine frame need not hold an event; the host rejects it and reads on
        }
      }
    } catch (MalformedFrameException e) {
      broken = e;
    }
    assertTrue(got.size() <= sent.size(), "more frames read than were sent");
    for (int i = 0; i < got.size(); i++) {
      assertArrayEquals(sent.get(i), got.get(i), "frame " + i);
    }
    assertEquals(got.size(), reader.frames());
    if (broken != null) {
      MalformedFrameException first = broken;
      assertSame(first, assertThrows(MalformedFrameException.class, reader::next), "a broken stream stays broken");
    } else if (!foreign) {
      assertEquals(sent.size(), got.size(), "a stream of genuine frames loses none");
    }
  }
}
