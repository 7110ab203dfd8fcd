package dev.nngrade.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An IDX file as any bytes (the instructor names the folder; a damaged download must fail with the
 * file's name, not with whatever the JDK throws): the array the header describes, exactly its bytes,
 * or an {@link IOException}.
 */
class IdxReaderFuzzTests {
  static Stream<byte[]> files() throws IOException {
    byte[] images = IdxReaderTests.idx(0x08, new int[] {2, 3, 4}, IdxReaderTests.counting(24));
    byte[] labels = IdxReaderTests.idx(0x08, new int[] {5}, IdxReaderTests.counting(5));
    return Stream.of(images, labels, IdxReaderTests.gzip(images), IdxReaderTests.gzip(labels));
  }

  @MethodSource("files")
  @FuzzTest(maxDuration = "20s")
  void readsTheArrayTheHeaderDescribesOrSaysWhy(byte[] file) throws IOException {
    IdxArray a;
    try {
      a = IdxReader.read(new ByteArrayInputStream(file), "fuzz.idx");
    } catch (IOException refused) {
      assertTrue(refused.getMessage().startsWith("fuzz.idx"), refused::getMessage);
      return;
    }
    long n = 1;
    for (int d : a.dims()) {
      n = Math.multiplyExact(n, d);
    }
    assertEquals(n, a.data().length, a::toString);
    byte[] raw = file.length >= 2 && (file[0] & 0xff) == 0x1f && (file[1] & 0xff) == 0x8b ? gunzip(file) : file;
    assertArrayEquals(raw, IdxReaderTests.idx(0x08, a.dims(), a.data()), "the file is exactly the array it describes");
  }

  private static byte[] gunzip(byte[] file) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
