package dev.nngrade.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.tensor.Shape;
import org.junit.jupiter.api.Test;

class DatasetTests {
  static final MnistData EMBEDDED = MnistData.embedded();

  @Test
  void theEmbeddedSubsetIsTheFirstSixThousandAndThousandOfFashionMnist() {
    assertEquals(6000, EMBEDDED.train().size());
    assertEquals(1000, EMBEDDED.test().size());
    assertEquals(784, EMBEDDED.train().pixelsPerImage());
    // Fashion-MNIST's first training image is an ankle boot (9), its first test image too
    assertEquals(9, EMBEDDED.train().label(0));
    assertEquals(9, EMBEDDED.test().label(0));
    int[] counts = new int[10];
    for (int i = 0; i < 6000; i++) {
      counts[EMBEDDED.train().label(i)]++;
    }
    for (int c : counts) {
      assertTrue(c >= 500 && c <= 700, () -> java.util.Arrays.toString(counts));
    }
  }

  /** Pixels are scaled as the textbook does: float32 v/255, then widened. */
  @Test
  void pixelsAreFloat32DividedBy255() {
    byte[] px = new byte[4];
    px[0] = (byte) 255;
    px[1] = (byte) 128;
    px[2] = (byte) 1;
    ImageDataset d = new ImageDataset("tiny", px, new byte[] {3}, 1, 2, 2, 10);
    double[] x = d.images(new int[] {0});
    assertArrayEquals(new double[] {1.0, (double) (128f / 255f), (double) (1f / 255f), 0.0}, x);
  }

  /** Every byte value, through the vector path (whole images) and the table, gives (double) ((float) v / 255f). */
  @Test
  void everyByteValueConvertsAsTheTextbookDoes() {
    byte[] px = new byte[2 * 256];
    for (int v = 0; v < 256; v++) {
      px[v] = (byte) v;
      px[256 + 255 - v] = (byte) v;
    }
    ImageDataset d = new ImageDataset("all-bytes", px, new byte[] {0, 1}, 1, 16, 16, 10);
    double[] x = d.images(new int[] {0, 1});
    for (int v = 0; v < 256; v++) {
      assertEquals((double) ((float) v / 255f), x[v], "byte " + v);
      assertEquals((double) ((float) v / 255f), x[256 + 255 - v], "byte " + v);
    }
  }

  @Test
  void batchesComeFlatOrAsImagesWithOneHotOrIndexTargets() {
    try (CpuBackend be = new CpuBackend(1)) {
      Batch flat = EMBEDDED.train().batch(new int[] {0, 1}, be, true, LabelForm.ONE_HOT);
      assertEquals(Shape.of(2, 784), flat.x().shape());
      assertEquals(Shape.of(2, 10), flat.t().shape());
      assertEquals(1.0, flat.t().get(9));
      Batch images = EMBEDDED.train().batch(new int[] {0, 1}, be, false, LabelForm.INDEX);
      assertEquals(Shape.of(2, 1, 28, 28), images.x().shape());
      assertArrayEquals(new double[] {9, EMBEDDED.train().label(1)}, images.t().toArray());
      assertArrayEquals(flat.x().toArray(), images.x().toArray());
    }
  }

  @Test
  void aBatchGatheredOnSeveralThreadsHoldsTheSameImagesAsOnOne() {
    int[] idx = new int[257];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = (i * 2_377) % EMBEDDED.train().size();
    }
    try (CpuBackend three = new CpuBackend(3)) {
      Batch b = EMBEDDED.train().batch(new int[idx.length], three, true, LabelForm.ONE_HOT);
      EMBEDDED.train().batchInto(idx, b, LabelForm.ONE_HOT);
      assertArrayEquals(EMBEDDED.train().images(idx), b.x().toArray());
      assertArrayEquals(EMBEDDED.train().targets(idx, LabelForm.ONE_HOT), b.t().toArray());
      // a bad index in a chunk another thread gathers still reaches the caller with its message
      idx[200] = -3;
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EMBEDDED.train().batchInto(idx, b, LabelForm.ONE_HOT));
      assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }
  }

  @Test
  void anIndexOutsideTheDataSetIsNamed() {
    try (CpuBackend be = new CpuBackend(1)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> EMBEDDED.test().batch(new int[] {1000}, be, true, LabelForm.INDEX));
      assertTrue(e.getMessage().contains("1000") && e.getMessage().contains("[0, 1000)"), e.getMessage());
    }
  }
}
