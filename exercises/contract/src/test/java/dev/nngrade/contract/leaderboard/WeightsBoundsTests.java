package dev.nngrade.contract.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.testsupport.Allocations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes a {@code .nnw} file declares are judged before anything is allocated for them. */
class WeightsBoundsTests {
  /** A file of one matrix that declares {@code rows × cols} and holds no value. */
  static byte[] declaring(int rows, int cols) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(Weights.MAGIC);
    d.writeInt(1);
    d.writeUTF("W1");
    d.writeInt(rows);
    d.writeInt(cols);
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({"2147483647, 0", "0, 2147483647", "65536, 65536", "2147483647, 2147483647", "-1, 0", "16777216, 0", "0, 8192"})
  void aHostileSizeIsRefusedBeforeAnyAllocation(int rows, int cols) throws IOException {
    byte[] file = declaring(rows, cols);
    // classes load on the first refusal; what is measured is the refusal itself
    assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(declaring(-1, -1))));
    assertThrows(IOException.class, () -> Weights.count(new ByteArrayInputStream(declaring(-1, -1))));
    long before = Allocations.now();
    IOException read = assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(file)));
    IOException count = assertThrows(IOException.class, () -> Weights.count(new ByteArrayInputStream(file)));
    long allocated = Allocations.now() - before;
    assertTrue(read.getMessage().contains(rows + "×" + cols), read.getMessage());
    assertEquals(read.getMessage(), count.getMessage());
    // the buffers of two streams and the exceptions: nothing in proportion to the declared size
    assertTrue(allocated < 1 << 20, allocated + " bytes allocated");
  }

  @Test
  void aFileThatDeclaresMoreThanItHoldsIsTruncated() throws IOException {
    byte[] file = declaring(1000, 1000);
    IOException e = assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(file)));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void rowsWithoutValuesAreNeitherWrittenNorRead() throws IOException {
    // found by WeightsFuzzTests: 8 388 608 × 0 in a file of 90 bytes cost 64 MB of empty rows
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.write(Map.of("b", new double[3][0]), new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("new double[0][0]"), e.getMessage());
    assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(declaring(3, 0))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Weights.write(Map.of("none", new double[0][0]), out);
    assertEquals(0, Weights.read(new ByteArrayInputStream(out.toByteArray())).get("none").length);
    assertEquals(0, Weights.count(new ByteArrayInputStream(out.toByteArray())));
  }
}
