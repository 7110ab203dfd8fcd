package dev.nngrade.contract.leaderboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nngrade.contract.testsupport.Allocations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code .nnw} file comes from a submission: the host counts its values, the student's model reads
 * it. Whatever the bytes, reading returns the matrices whose encoding the bytes begin with, or throws
 * an {@link IOException}; counting agrees with reading; and the memory it takes follows the bytes
 * that are there, never the sizes they declare.
 */
class WeightsFuzzTests {
  static Stream<byte[]> files() throws IOException {
    Map<String, double[][]> model = new LinkedHashMap<>();
    model.put("W1", new double[][] {{1, -2, 3}, {0.5, Double.NaN, -0.0}});
    model.put("b1", new double[][] {{0.1, 0.2, 0.3}});
    model.put("empty", new double[0][0]);
    model.put("重み", new double[][] {{Double.MIN_VALUE}});
    return Stream.of(write(model), write(Map.of()), write(Map.of("x", new double[][] {{1}, {2}, {3}})));
  }

  static byte[] write(Map<String, double[][]> params) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Weights.write(params, out);
    return out.toByteArray();
  }

  @MethodSource("files")
  @FuzzTest(maxDuration = "20s")
  void readsWhatTheBytesHoldOrSaysWhy(byte[] file) throws IOException {
    // arrays that grow by doubling, a row's overhead beside a value of 8 bytes, the name's chars
    long bound = 32L * file.length + (256 << 10);
    long allocated = Allocations.steady(() -> Weights.read(new ByteArrayInputStream(file)), bound);
    assertTrue(allocated <= bound, () -> allocated + " bytes allocated to read a file of " + file.length);
    Map<String, double[][]> read;
    try {
      read = Weights.read(new ByteArrayInputStream(file));
    } catch (IOException refused) {
      String why = refused.getMessage();
      assertEquals(why, assertThrowsIo(() -> Weights.count(new ByteArrayInputStream(file))), "count and read refuse alike");
      return;
    }
    // compared as values, not bytes: writeDouble writes every NaN as the canonical one, and readUTF
    // takes a bare 0 byte in a name that writeUTF writes as two
    byte[] again = write(read);
    Map<String, double[][]> back = Weights.read(new ByteArrayInputStream(again));
    assertEquals(read.keySet().stream().toList(), back.keySet().stream().toList(), "names and their order");
    for (String name : read.keySet()) {
      assertTrue(Arrays.deepEquals(read.get(name), back.get(name)), name);
    }
    assertArrayEquals(Arrays.copyOf(file, 8), Arrays.copyOf(again, 8), "magic and count");
    assertEquals(Weights.count(read), Weights.count(new ByteArrayInputStream(file)));
  }

  private interface Io {
    long run() throws IOException;
  }

  private static String assertThrowsIo(Io io) {
    try {
      long n = io.run();
      throw new AssertionError("counted " + n + " values where reading failed");
    } catch (IOException e) {
      return e.getMessage();
    }
  }
}
