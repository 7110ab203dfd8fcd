package dev.nngrade.grader.protocol;

import dev.nngrade.contract.Language;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one encoder and the one decoder of requests and events: a tag byte, then the record's fields
 * in declaration order (strings as u32 length + UTF-8, nullable values behind a presence byte,
 * enums as their ordinal, arrays as u32 count + elements). The decoder checks every count against
 * the bytes that are left before it allocates, and rejects trailing bytes, unknown tags, invalid
 * UTF-8 and out-of-range enums, so that a frame decodes to exactly one record or to {@link
 * MalformedFrameException}.
 */
public final class Codec {
  private static final int STARTED = 1, FINISHED = 2, CONTAINER_FAILED = 3, CHECK_FAILED = 4, JUDGED = 5, GRADIENT_ROW = 6, ROWS = 7, TIMING = 8,
      CRASH = 9, END = 10, CONFINED = 11;
  private static final int RUN_TESTS = 100, PREDICT = 101;
  /** Batches per request and tests per batch at most. */
  static final int MAX_BATCHES = 16, MAX_TESTS = 10_000;

  private Codec() {}

  public static byte[] encode(Event event) {
    Out o = new Out();
    switch (event) {
      case Event.Started e -> o.tag(STARTED).str(e.testId());
      case Event.Finished e -> o.tag(FINISHED).str(e.testId()).ordinal(e.status()).i64(e.millis()).thrown(e.thrown());
      case Event.ContainerFailed e -> o.tag(CONTAINER_FAILED).str(e.containerId()).ordinal(e.status()).thrown(e.thrown());
      case Event.CheckFailed e -> o.tag(CHECK_FAILED).str(e.testId()).i32(e.ordinal()).optStr(e.hintKey()).optStr(e.message());
      case Event.Judged e -> o.tag(JUDGED).str(e.testId()).i32(e.ordinal()).str(e.what()).value(e.value()).f64(e.toleranceAbs()).f64(e.toleranceRel())
          .optStr(e.hintKey());
      case Event.GradientRow e -> o.tag(GRADIENT_ROW).str(e.testId()).i32(e.ordinal()).str(e.parameter()).f64(e.maxRelativeError()).str(e.worstIndex())
          .f64(e.toleranceAbs()).f64(e.toleranceRel()).bool(e.passed());
      case Event.Rows e -> o.tag(ROWS).i32(e.from()).i32(e.rows()).i32(e.cols()).doubles(e.data());
      case Event.Timing e -> o.tag(TIMING).i64(e.constructNanos()).i64(e.predictNanos()).i32(e.inputs());
      case Event.Crash e -> o.tag(CRASH).thrown(e.thrown());
      case Event.Confined e -> o.tag(CONFINED).bool(e.noNewPrivs()).bool(e.nonDumpable()).i32(e.landlockAbi()).bool(e.seccomp()).optStr(e.problem());
      case Event.End e -> o.tag(END);
    }
    return o.bytes();
  }

  public static Event decodeEvent(byte[] payload) throws MalformedFrameException {
    In in = new In(payload);
    try {
      Event e = switch (in.u8()) {
        case STARTED -> new Event.Started(in.str());
        case FINISHED -> new Event.Finished(in.str(), in.ordinal(Event.Status.values()), in.i64(), in.thrown());
        case CONTAINER_FAILED -> new Event.ContainerFailed(in.str(), in.ordinal(Event.Status.values()), in.thrown());
        case CHECK_FAILED -> new Event.CheckFailed(in.str(), in.i32(), in.optStr(), in.optStr());
        case JUDGED -> new Event.Judged(in.str(), in.i32(), in.str(), in.value(), in.f64(), in.f64(), in.optStr());
        case GRADIENT_ROW -> new Event.GradientRow(in.str(), in.i32(), in.str(), in.f64(), in.str(), in.f64(), in.f64(), in.bool());
        case ROWS -> new Event.Rows(in.i32(), in.i32(), in.i32(), in.doubles());
        case TIMING -> new Event.Timing(in.i64(), in.i64(), in.i32());
        case CRASH -> new Event.Crash(in.thrown());
        case CONFINED -> new Event.Confined(in.bool(), in.bool(), in.i32(), in.bool(), in.optStr());
        case END -> new Event.End();
        default -> throw new MalformedFrameException("unknown event tag");
      };
      in.end();
      return e;
    } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
      // the records' own checks (sizes that disagree, a missing field) mean the same as a short frame
      throw new MalformedFrameException("not an event: " + e.getClass().getSimpleName());
    }
  }

  public static byte[] encode(Request request) {
    Out o = new Out();
    switch (request) {
      case Request.RunTests r -> {
        o.tag(RUN_TESTS).settings(r.settings()).str(r.course()).i32(r.batches().size());
        for (List<Request.TestRun> batch : r.batches()) {
          o.i32(batch.size());
          for (Request.TestRun t : batch) {
            o.str(t.id()).bool(t.seed() != null).i64(t.seed() == null ? 0 : t.seed());
          }
        }
      }
      case Request.Predict p -> o.tag(PREDICT).settings(p.settings()).ordinal(p.kind()).str(p.inputs());
    }
    return o.bytes();
  }

  public static Request decodeRequest(byte[] payload) throws MalformedFrameException {
    In in = new In(payload);
    try {
      Request r = switch (in.u8()) {
        case RUN_TESTS -> {
          Request.Settings s = in.settings();
          String course = in.str();
          int batches = in.count(MAX_BATCHES, 4);
          List<List<Request.TestRun>> all = new ArrayList<>(batches);
          for (int b = 0; b < batches; b++) {
            int n = in.count(MAX_TESTS, 13);
            List<Request.TestRun> tests = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              String id = in.str();
              boolean seeded = in.bool();
              long seed = in.i64();
              if (!seeded && seed != 0) {
                // the encoder writes 0 there: other bytes would make two requests read as one
                throw new MalformedFrameException("test " + id + " has no seed but carries seed bytes");
              }
              tests.add(new Request.TestRun(id, seeded ? seed : null));
            }
            all.add(tests);
          }
          yield new Request.RunTests(s, course, all);
        }
        case PREDICT -> new Request.Predict(in.settings(), in.ordinal(Request.ModelKind.values()), in.str());
        default -> throw new MalformedFrameException("unknown request tag");
      };
      in.end();
      return r;
    } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
      throw new MalformedFrameException("not a request: " + e.getClass().getSimpleName());
    }
  }

  private static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    Out tag(int tag) {
      return u8(tag);
    }

    Out u8(int v) {
      try {
        out.writeByte(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not fail
      }
      return this;
    }

    Out bool(boolean v) {
      return u8(v ? 1 : 0);
    }

    Out i32(int v) {
      try {
        out.writeInt(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out i64(long v) {
      try {
        out.writeLong(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out f64(double v) {
      return i64(Double.doubleToRawLongBits(v));
    }

    Out ordinal(Enum<?> e) {
      return u8(e.ordinal());
    }

    Out str(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if (b.length > Wire.MAX_STRING_BYTES) {
        throw new IllegalArgumentException("a string of " + b.length + " bytes exceeds " + Wire.MAX_STRING_BYTES + ": cut it before encoding");
      }
      i32(b.length);
      try {
        out.write(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out optStr(String s) {
      bool(s != null);
      return s == null ? this : str(s);
    }

    Out doubles(double[] v) {
      i32(v.length);
      for (double d : v) {
        f64(d);
      }
      return this;
    }

    Out value(Value v) {
      ordinal(v.kind());
      int[] shape = v.shape();
      i32(shape.length);
      for (int d : shape) {
        i32(d);
      }
      return doubles(v.data());
    }

    Out thrown(Event.Thrown t) {
      bool(t != null);
      if (t != null) {
        ordinal(t.origin()).optStr(t.type()).optStr(t.where());
      }
      return this;
    }

    Out settings(Request.Settings s) {
      try {
        out.write(s.key());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return str(s.implementations()).ordinal(s.language()).i32(s.timeoutSeconds());
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  private static final class In {
    private final ByteBuffer b;

    In(byte[] payload) {
      b = ByteBuffer.wrap(payload);
    }

    int u8() {
      return b.get() & 0xff;
    }

    boolean bool() throws MalformedFrameException {
      int v = u8();
      if (v > 1) {
        throw new MalformedFrameException("a boolean byte of " + v);
      }
      return v == 1;
    }

    int i32() {
      return b.getInt();
    }

    long i64() {
      return b.getLong();
    }

    double f64() {
      return Double.longBitsToDouble(b.getLong());
    }

    <E extends Enum<E>> E ordinal(E[] values) throws MalformedFrameException {
      int i = u8();
      if (i >= values.length) {
        throw new MalformedFrameException("enum ordinal " + i + " out of range");
      }
      return values[i];
    }

    /** A count of elements of at least {@code minBytes} each: never more than the bytes left could hold. */
    int count(int max, int minBytes) throws MalformedFrameException {
      int n = i32();
      if (n < 0 || n > max || (long) n * minBytes > b.remaining()) {
        throw new MalformedFrameException("a count of " + n + " with " + b.remaining() + " bytes left");
      }
      return n;
    }

    String str() throws MalformedFrameException {
      int n = count(Wire.MAX_STRING_BYTES, 1);
      ByteBuffer slice = b.slice(b.position(), n);
      b.position(b.position() + n);
      try {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice);
        return chars.toString();
      } catch (CharacterCodingException e) {
        throw new MalformedFrameException("a string that is not UTF-8");
      }
    }

    String optStr() throws MalformedFrameException {
      return bool() ? str() : null;
    }

    double[] doubles() throws MalformedFrameException {
      double[] v = new double[count(Integer.MAX_VALUE, 8)];
      for (int i = 0; i < v.length; i++) {
        v[i] = f64();
      }
      return v;
    }

    Value value() throws MalformedFrameException {
      Value.Kind kind = ordinal(Value.Kind.values());
      int[] shape = new int[count(Wire.MAX_RANK, 4)];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = i32();
      }
      return new Value(kind, shape, doubles());
    }

    Event.Thrown thrown() throws MalformedFrameException {
      return bool() ? new Event.Thrown(ordinal(Event.Origin.values()), optStr(), optStr()) : null;
    }

    Request.Settings settings() throws MalformedFrameException {
      byte[] key = new byte[Wire.KEY_BYTES];
      b.get(key);
      return new Request.Settings(key, str(), ordinal(Language.values()), i32());
    }

    void end() throws MalformedFrameException {
      if (b.hasRemaining()) {
        throw new MalformedFrameException(b.remaining() + " bytes after the end of the record");
      }
    }
  }
}
