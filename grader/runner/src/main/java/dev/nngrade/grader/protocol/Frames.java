package dev.nngrade.grader.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Length-prefixed, authenticated frames: {@code u32 length | payload | HMAC-SHA256(key, u64 seq |
 * payload)}. The sequence number is not sent; both sides count, so a frame cannot be replayed,
 * dropped or reordered without the MAC failing. The events travel on a file descriptor only the
 * runner holds, so the MAC is a second line, not the only one.
 */
public final class Frames {
  private Frames() {}

  /** Where a writer's bytes go (the runner's private descriptor, a stream in tests). */
  @FunctionalInterface
  public interface Sink {
    void write(byte[] bytes) throws IOException;
  }

  /** Writes frames, each in one call of the sink (one frame never interleaves with another). */
  public static final class Writer {
    private final Sink sink;
    private final Mac mac;
    private long seq;

    public Writer(Sink sink, byte[] key) {
      this.sink = sink;
      this.mac = mac(key);
    }

    public synchronized void write(byte[] payload) throws IOException {
      if (payload.length > Wire.MAX_FRAME_BYTES) {
        throw new IllegalArgumentException("a frame of " + payload.length + " bytes exceeds " + Wire.MAX_FRAME_BYTES);
      }
      byte[] tag = tag(mac, seq++, payload);
      sink.write(ByteBuffer.allocate(4 + payload.length + tag.length).putInt(payload.length).put(payload).put(tag).array());
    }
  }

  /**
   * Reads frames from a stream with every size checked before anything is allocated. After the first
   * malformed frame (too long, wrong MAC) it throws on every call: nothing after it can be trusted.
   */
  public static final class Reader {
    private final InputStream in;
    private final Mac mac;
    private final int maxFrame;
    private long seq;
    private MalformedFrameException broken;

    public Reader(InputStream in, byte[] key, int maxFrame) {
      this.in = in;
      this.mac = mac(key);
      this.maxFrame = maxFrame;
    }

    /** The next frame's payload, or {@code null} at a clean end of the stream. */
    public byte[] next() throws IOException {
      if (broken != null) {
        throw broken;
      }
      byte[] head = in.readNBytes(4);
      if (head.length == 0) {
        return null;
      }
      if (head.length < 4) {
        throw fail("the stream ended inside a frame's length");
      }
      int length = ByteBuffer.wrap(head).getInt();
      if (length < 0 || length > maxFrame) {
        throw fail("a frame announced " + Integer.toUnsignedString(length) + " bytes; at most " + maxFrame + " are accepted");
      }
      byte[] payload = in.readNBytes(length);
      byte[] tag = in.readNBytes(Wire.MAC_BYTES);
      if (payload.length < length || tag.length < Wire.MAC_BYTES) {
        throw fail("the stream ended inside a frame");
      }
      if (!MessageDigest.isEqual(tag(mac, seq, payload), tag)) {
        throw fail("frame " + seq + " does not carry this run's MAC");
      }
      seq++;
      return payload;
    }

    /** How many frames were read. */
    public long frames() {
      return seq;
    }

    private MalformedFrameException fail(String why) {
      broken = new MalformedFrameException(why);
      return broken;
    }
  }

  /** The request as the host writes it to the child's stdin: magic, version, length, payload. */
  public static byte[] request(byte[] payload) {
    return ByteBuffer.allocate(10 + payload.length).putInt(Wire.REQUEST_MAGIC).putShort(Wire.VERSION).putInt(payload.length).put(payload).array();
  }

  /** Reads the request written by {@link #request}; the stream may go on (the child ignores the rest). */
  public static byte[] readRequest(InputStream in) throws IOException {
    byte[] head = in.readNBytes(10);
    if (head.length < 10) {
      throw new EOFException("the request ended after " + head.length + " bytes");
    }
    ByteBuffer b = ByteBuffer.wrap(head);
    int magic = b.getInt();
    short version = b.getShort();
    int length = b.getInt();
    if (magic != Wire.REQUEST_MAGIC || version != Wire.VERSION) {
      throw new MalformedFrameException("not a request of protocol version " + Wire.VERSION + " (runner and host come from different builds?)");
    }
    if (length < 0 || length > Wire.MAX_REQUEST_BYTES) {
      throw new MalformedFrameException("a request of " + Integer.toUnsignedString(length) + " bytes; at most " + Wire.MAX_REQUEST_BYTES);
    }
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      throw new EOFException("the request ended early");
    }
    return payload;
  }

  private static Mac mac(byte[] key) {
    if (key.length != Wire.KEY_BYTES) {
      throw new IllegalArgumentException("a run key has " + Wire.KEY_BYTES + " bytes, not " + key.length);
    }
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK: " + e, e);
    }
  }

  private static byte[] tag(Mac mac, long seq, byte[] payload) {
    mac.update(ByteBuffer.allocate(8).putLong(seq).array());
    return mac.doFinal(payload);
  }
}
