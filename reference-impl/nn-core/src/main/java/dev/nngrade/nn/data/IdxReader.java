package dev.nngrade.nn.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST format: {@code 0x00 0x00 type rank}, then {@code rank} big-endian
 * 32-bit dimensions, then the data), raw or gzip-compressed (recognised by content, not by name).
 * Only unsigned bytes (type {@code 0x08}) are accepted, which is what MNIST and Fashion-MNIST use.
 *
 * <p>Every malformed input is an {@link IdxFormatException} that names the file, says what was
 * expected and what was found: a wrong magic number, a rank that does not match, a truncated header
 * or body, trailing bytes, or a broken gzip stream.
 */
public final class IdxReader {
  /** Guards against a corrupt header claiming gigabytes. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private IdxReader() {}

  public static IdxArray read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such IDX file");
    }
  }

  /** Reads from a stream; {@code name} is used in error messages. */
  public static IdxArray read(InputStream raw, String name) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b0 = in.read(), b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      try {
        in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      } catch (ZipException | java.io.EOFException e) {
        // a header cut short is an EOFException, not a ZipException (found by IdxReaderFuzzTests)
        throw new IdxFormatException(name + ": broken gzip header (" + e.getMessage() + "); the download may be incomplete", e);
      }
    }
    try {
      return parse(in, name);
    } catch (ZipException | java.io.EOFException e) {
      throw new IdxFormatException(
          name + ": the gzip stream ends early or is corrupt (" + e.getMessage() + "); fetch the file again", e);
    }
  }

  private static IdxArray parse(InputStream in, String name) throws IOException {
    byte[] header = in.readNBytes(4);
    if (header.length < 4) {
      throw new IdxFormatException(
          name + ": truncated header: " + header.length + " bytes where an IDX file starts with 4 (0x00 0x00 type rank)");
    }
    int magic = ((header[0] & 0xff) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
    if (header[0] != 0 || header[1] != 0) {
      throw new IdxFormatException(
          name + ": not an IDX file: magic number " + hex(magic) + ", expected 0x000008NN (two zero bytes, type, rank)");
    }
    int type = header[2] & 0xff;
    int rank = header[3] & 0xff;
    if (type != 0x08) {
      throw new IdxFormatException(
          name + ": magic number " + hex(magic) + " declares element type " + String.format(Locale.ROOT, "0x%02X", type)
              + ", expected 0x08 (unsigned byte) as MNIST uses");
    }
    if (rank == 0) {
      throw new IdxFormatException(name + ": magic number " + hex(magic) + " declares 0 dimensions");
    }
    byte[] dimBytes = in.readNBytes(4 * rank);
    if (dimBytes.length < 4 * rank) {
      throw new IdxFormatException(
          name + ": truncated header: " + rank + " dimensions declared but only " + dimBytes.length + " of their "
              + 4 * rank + " bytes present");
    }
    int[] dims = new int[rank];
    long total = 1;
    for (int i = 0; i < rank; i++) {
      int o = 4 * i;
      long d = ((long) (dimBytes[o] & 0xff) << 24) | ((dimBytes[o + 1] & 0xff) << 16) | ((dimBytes[o + 2] & 0xff) << 8)
          | (dimBytes[o + 3] & 0xff);
      total *= d;
      if (d > Integer.MAX_VALUE || total > MAX_BYTES) {
        throw new IdxFormatException(
            name + ": dimensions " + Arrays.toString(Arrays.copyOf(dims, i)) + " then " + d + " describe more than "
                + MAX_BYTES + " bytes; the header is corrupt");
      }
      dims[i] = (int) d;
    }
    byte[] data = in.readNBytes((int) total);
    if (data.length < total) {
      throw new IdxFormatException(
          name + ": truncated: dimensions " + Arrays.toString(dims) + " need " + total + " bytes of data, found "
              + data.length);
    }
    if (in.read() != -1) {
      throw new IdxFormatException(
          name + ": " + (total) + " bytes of data expected for dimensions " + Arrays.toString(dims)
              + " but the file goes on; it is not the file its header describes");
    }
    return new IdxArray(dims, data);
  }

  static String hex(int v) {
    return String.format(Locale.ROOT, "0x%08X", v);
  }
}
