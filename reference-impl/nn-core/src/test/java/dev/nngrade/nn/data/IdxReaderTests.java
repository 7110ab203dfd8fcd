package dev.nngrade.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTests {
  @TempDir Path dir;

  /** An IDX file: two zero bytes, the type, the rank, big-endian dimensions, then the data. */
  static byte[] idx(int type, int[] dims, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
    b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
    for (int d : dims) {
      b.putInt(d);
    }
    return b.put(data).array();
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(raw);
    }
    return out.toByteArray();
  }

  Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  static byte[] counting(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Nested
  class WellFormed {
    @Test
    void rawAndGzipReadTheSame() throws IOException {
      byte[] file = idx(0x08, new int[] {2, 3, 4}, counting(24));
      IdxArray raw = IdxReader.read(write("a", file));
      IdxArray gz = IdxReader.read(write("b.gz", gzip(file)));
      assertArrayEquals(new int[] {2, 3, 4}, raw.dims());
      assertArrayEquals(counting(24), raw.data());
      assertEquals(raw, gz);
    }

    /** Compression is recognised by content: a gzip file without .gz and a raw file with .gz both read. */
    @Test
    void theFileNameDoesNotDecide() throws IOException {
      byte[] file = idx(0x08, new int[] {5}, counting(5));
      assertArrayEquals(counting(5), IdxReader.read(write("labels.gz", file)).data());
      assertArrayEquals(counting(5), IdxReader.read(write("labels", gzip(file))).data());
    }
  }

  @Nested
  class Malformed {
    IdxFormatException fails(byte[] content) {
      return assertThrows(IdxFormatException.class, () -> IdxReader.read(write("bad-file", content)));
    }

    @Test
    void aWrongMagicNumberIsNamedWithWhatWasExpected() {
      byte[] file = idx(0x08, new int[] {1}, new byte[] {1});
      file[0] = 0x1A;
      IdxFormatException e = fails(file);
      assertTrue(e.getMessage().contains("bad-file") && e.getMessage().contains("0x1A000801") && e.getMessage().contains("expected"),
          e.getMessage());
    }

    @Test
    void anotherElementTypeIsRejected() {
      IdxFormatException e = fails(idx(0x0D, new int[] {1}, new byte[4]));
      assertTrue(e.getMessage().contains("0x0D") && e.getMessage().contains("unsigned byte"), e.getMessage());
    }

    @Test
    void aTruncatedHeader() {
      assertTrue(fails(new byte[] {0, 0}).getMessage().contains("truncated header"));
      byte[] file = idx(0x08, new int[] {2, 2}, new byte[4]);
      assertTrue(fails(Arrays.copyOf(file, 9)).getMessage().contains("truncated header"));
    }

    @Test
    void aTruncatedBodySaysHowMuchIsMissing() {
      byte[] file = idx(0x08, new int[] {10, 28, 28}, new byte[7840]);
      IdxFormatException e = fails(Arrays.copyOf(file, file.length - 100));
      assertTrue(e.getMessage().contains("need 7840 bytes") && e.getMessage().contains("found 7740"), e.getMessage());
    }

    @Test
    void trailingBytesMeanTheHeaderLies() {
      byte[] file = idx(0x08, new int[] {3}, new byte[5]);
      assertTrue(fails(file).getMessage().contains("goes on"));
    }

    @Test
    void aTruncatedGzipStream() throws IOException {
      byte[] gz = gzip(idx(0x08, new int[] {1000}, counting(1000)));
      IdxFormatException e = fails(Arrays.copyOf(gz, gz.length / 2));
      assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void hugeDimensionsAreRejectedBeforeAllocating() {
      IdxFormatException e = fails(idx(0x08, new int[] {60000, 60000, 60000}, new byte[0]));
      assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
      NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.read(dir.resolve("nope")));
      assertTrue(e.getFile().endsWith("nope"));
    }
  }

  @Nested
  class MnistFolders {
    void writeSplit(String prefix, int n, byte[] labels) throws IOException {
      write(prefix + "-images-idx3-ubyte.gz", gzip(idx(0x08, new int[] {n, 28, 28}, new byte[n * 784])));
      write(prefix + "-labels-idx1-ubyte", idx(0x08, new int[] {n}, labels));
    }

    @Test
    void aFolderWithTheFourFilesLoads() throws IOException {
      writeSplit("train", 3, new byte[] {1, 2, 3});
      writeSplit("t10k", 2, new byte[] {9, 0});
      MnistData d = MnistData.fromFolder(dir);
      assertEquals(3, d.train().size());
      assertEquals(2, d.test().size());
      assertEquals(9, d.test().label(0));
    }

    @Test
    void missingFilesAreListed() throws IOException {
      writeSplit("train", 3, new byte[] {1, 2, 3});
      NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> MnistData.fromFolder(dir));
      assertTrue(e.getReason().contains("t10k-images-idx3-ubyte[.gz]") && e.getReason().contains("t10k-labels-idx1-ubyte[.gz]"),
          e.getReason());
    }

    @Test
    void labelsInTheImagesSlotAreCaughtByTheirMagicNumber() throws IOException {
      writeSplit("t10k", 2, new byte[] {9, 0});
      write("train-images-idx3-ubyte", idx(0x08, new int[] {3}, new byte[3]));
      write("train-labels-idx1-ubyte", idx(0x08, new int[] {3}, new byte[3]));
      IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistData.fromFolder(dir));
      assertTrue(e.getMessage().contains("0x00000801") && e.getMessage().contains("expected 0x00000803"), e.getMessage());
    }

    @Test
    void countsThatDisagreeAreNamed() throws IOException {
      writeSplit("t10k", 2, new byte[] {9, 0});
      write("train-images-idx3-ubyte", idx(0x08, new int[] {3, 28, 28}, new byte[3 * 784]));
      write("train-labels-idx1-ubyte", idx(0x08, new int[] {2}, new byte[2]));
      IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistData.fromFolder(dir));
      assertTrue(e.getMessage().contains("3 images") && e.getMessage().contains("2 labels"), e.getMessage());
    }

    @Test
    void aLabelAboveNineIsRejected() throws IOException {
      writeSplit("train", 2, new byte[] {1, 12});
      writeSplit("t10k", 2, new byte[] {9, 0});
      IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistData.fromFolder(dir));
      assertTrue(e.getMessage().contains("label 12"), e.getMessage());
    }

    @Test
    void aFileInsteadOfAFolder() throws IOException {
      Path f = write("file", new byte[1]);
      NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> MnistData.fromFolder(f));
      assertTrue(e.getReason().contains("dataset-fashion-mnist"), e.getReason());
    }
  }
}
