package dev.nngrade.nn.data;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Labelled images kept as the file's bytes (47 MB for MNIST's 60 000 training images instead of
 * 376 MB of doubles); batches are converted when they are drawn.
 *
 * <p>A pixel {@code v} becomes {@code (double) ((float) v / 255f)}: the textbook's {@code
 * load_mnist(normalize=True)} divides in float32 and the float64 parameters then widen it, so this
 * is the value the textbook computes with.
 */
public final class ImageDataset {
  private static final double[] PIXEL = new double[256];
  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = DOUBLES.length();
  /** L bytes fill no vector shape below 64 bits (AVX2 and narrower), so a load may hold several parts of L. */
  private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(Math.max(64, 8 * L)));
  private static final int PARTS = BYTES.length() / L;
  private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(32 * L));
  private static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class, VectorShape.forBitSize(32 * L));

  static {
    for (int v = 0; v < 256; v++) {
      PIXEL[v] = (double) ((float) v / 255f);
    }
  }

  private final String name;
  private final byte[] pixels;
  private final byte[] labels;
  private final int count;
  private final int channels;
  private final int height;
  private final int width;
  private final int classes;

  public ImageDataset(String name, byte[] pixels, byte[] labels, int channels, int height, int width, int classes) {
    Checks.check(labels.length > 0, () -> name + ": no samples");
    int per = channels * height * width;
    Checks.check(
        pixels.length == (long) labels.length * per,
        () -> name + ": " + labels.length + " labels need " + (long) labels.length * per + " pixel bytes ("
            + channels + "x" + height + "x" + width + " each), found " + pixels.length);
    for (int i = 0; i < labels.length; i++) {
      int label = labels[i] & 0xff;
      if (label >= classes) {
        int at = i;
        throw new IllegalArgumentException(
            name + ": label " + label + " of sample " + at + " is not a class index in [0, " + classes + ")");
      }
    }
    this.name = name;
    this.pixels = pixels;
    this.labels = labels;
    this.count = labels.length;
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.classes = classes;
  }

  public String name() {
    return name;
  }

  public int size() {
    return count;
  }

  public int classes() {
    return classes;
  }

  public int pixelsPerImage() {
    return channels * height * width;
  }

  public int label(int i) {
    return labels[i] & 0xff;
  }

  /** The shape of a batch of {@code n}: {@code [n, C*H*W]} when flattened, else {@code [n, C, H, W]}. */
  public Shape inputShape(int n, boolean flatten) {
    return flatten ? Shape.of(n, pixelsPerImage()) : Shape.of(n, channels, height, width);
  }

  /** Samples {@code indices} as a batch on {@code backend}. */
  public Batch batch(int[] indices, Backend backend, boolean flatten, LabelForm form) {
    return new Batch(
        backend.fromHost(images(indices), inputShape(indices.length, flatten)),
        backend.fromHost(targets(indices, form), targetShape(indices.length, form)));
  }

  /** Fills existing batch tensors (same shapes) with samples {@code indices}, so a training loop allocates nothing. */
  public void batchInto(int[] indices, Batch out, LabelForm form) {
    Backend be = out.x().backend();
    Checks.check(out.x().size() == indices.length * pixelsPerImage() && out.t().shape().equals(targetShape(indices.length, form)),
        () -> name + ": a batch of " + indices.length + " does not fit tensors " + out.x().shape() + " and " + out.t().shape());
    be.uploadBlocks(out.x(), indices.length, (x, i0, i1, p0, p1) -> fillImages(indices, x, i0, i1, p0, p1));
    be.uploadWith(out.t(), t -> fillTargets(indices, form, t));
  }

  public Shape targetShape(int n, LabelForm form) {
    return form == LabelForm.ONE_HOT ? Shape.of(n, classes) : Shape.of(n);
  }

  /** The range {@code [from, to)} as a batch. */
  public Batch range(int from, int to, Backend backend, boolean flatten, LabelForm form) {
    Checks.check(0 <= from && from < to && to <= count, () -> name + ": range [" + from + ", " + to + ") is outside [0, " + count + ")");
    int[] idx = new int[to - from];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    return batch(idx, backend, flatten, form);
  }

  public double[] images(int[] indices) {
    double[] x = new double[indices.length * pixelsPerImage()];
    fillImages(indices, x, 0, indices.length, 0, pixelsPerImage());
    return x;
  }

  /** Pixels {@code [p0, p1)} of the images {@code [i0, i1)} of the batch. */
  private void fillImages(int[] indices, double[] x, int i0, int i1, int p0, int p1) {
    int per = pixelsPerImage();
    touch(indices, i0, i1, per, p0, p1);
    for (int i = i0; i < i1; i++) {
      int src = checkIndex(indices[i]) * per;
      int dst = i * per;
      int p = p0;
      // L bytes at a time: zero-extended to ints, to floats, divided by 255f and widened, the same IEEE
      // operations as the table, so the same values
      for (; p + BYTES.length() <= p1; p += BYTES.length()) {
        ByteVector b = ByteVector.fromArray(BYTES, pixels, src + p);
        for (int part = 0; part < PARTS; part++) {
          FloatVector f = (FloatVector) b.convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, part)
              .convertShape(VectorOperators.I2F, FLOATS, 0);
          ((DoubleVector) f.div(255f).convertShape(VectorOperators.F2D, DOUBLES, 0)).intoArray(x, dst + p + part * L);
        }
      }
      for (; p < p1; p++) {
        x[dst + p] = PIXEL[pixels[src + p] & 0xff];
      }
    }
  }

  /** Set by {@link #touch} so that its reads cannot be dropped as unused. */
  private volatile int touched;

  /**
   * Reads one byte of every cache line of the images first. A drawn batch is scattered over a data
   * set larger than the caches; converting image after image waited for each image's memory in turn,
   * while these independent reads are all in flight at once.
   */
  private void touch(int[] indices, int i0, int i1, int per, int p0, int p1) {
    if (p0 >= p1) {
      return;
    }
    int sum = 0;
    for (int i = i0; i < i1; i++) {
      int src = checkIndex(indices[i]) * per;
      for (int p = p0; p < p1; p += 64) {
        sum += pixels[src + p];
      }
      sum += pixels[src + p1 - 1]; // the range's last line when it starts late in its first
    }
    touched = sum;
  }

  public double[] targets(int[] indices, LabelForm form) {
    double[] t = new double[form == LabelForm.ONE_HOT ? indices.length * classes : indices.length];
    fillTargets(indices, form, t);
    return t;
  }

  private void fillTargets(int[] indices, LabelForm form, double[] t) {
    if (form == LabelForm.ONE_HOT) {
      java.util.Arrays.fill(t, 0, indices.length * classes, 0.0);
      for (int i = 0; i < indices.length; i++) {
        t[i * classes + label(checkIndex(indices[i]))] = 1.0;
      }
    } else {
      for (int i = 0; i < indices.length; i++) {
        t[i] = label(checkIndex(indices[i]));
      }
    }
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= count) {
      throw new IllegalArgumentException(name + ": sample index " + i + " is outside [0, " + count + ")");
    }
    return i;
  }

  @Override
  public String toString() {
    return name + " (" + count + " images " + channels + "x" + height + "x" + width + ", " + classes + " classes)";
  }
}
