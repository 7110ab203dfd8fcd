package dev.nngrade.nn.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MNIST-format data sets: the four IDX files of a training and a test split, from any folder (raw
 * or {@code .gz}, with the usual names) or from the small Fashion-MNIST subset embedded in nngrade.
 */
public record MnistData(ImageDataset train, ImageDataset test) {

  /** Debian's {@code dataset-fashion-mnist} package puts the full data set here. */
  public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

  private static final String[][] NAMES = {
    {"train-images-idx3-ubyte", "train-images.idx3-ubyte"},
    {"train-labels-idx1-ubyte", "train-labels.idx1-ubyte"},
    {"t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"},
    {"t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"}
  };

  /** Reads {@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte[.gz]}, {@code t10k-...} from {@code folder}. */
  public static MnistData fromFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new java.nio.file.NoSuchFileException(
          folder.toString(), null,
          "not a folder; pass a folder holding the four MNIST-format files (Fashion-MNIST: apt-get install dataset-fashion-mnist)");
    }
    Path[] files = new Path[4];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      files[i] = find(folder, NAMES[i]);
      if (files[i] == null) {
        missing.add(NAMES[i][0] + "[.gz]");
      }
    }
    if (!missing.isEmpty()) {
      throw new java.nio.file.NoSuchFileException(
          folder.toString(), null, "missing " + String.join(", ", missing) + " (MNIST-format files, raw or gzip)");
    }
    String label = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    return new MnistData(
        dataset(label + "/train", IdxReader.read(files[0]), IdxReader.read(files[1]), files[0], files[1]),
        dataset(label + "/test", IdxReader.read(files[2]), IdxReader.read(files[3]), files[2], files[3]));
  }

  private static Path find(Path folder, String[] names) {
    for (String n : names) {
      for (String suffix : new String[] {".gz", ""}) {
        Path p = folder.resolve(n + suffix);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The Fashion-MNIST subset shipped inside nngrade (see its README in the resources): the default data set. */
  public static MnistData embedded() {
    String base = "fashion-mnist-subset/";
    try {
      return new MnistData(
          dataset("fashion-mnist-subset/train", resource(base + "train-images-idx3-ubyte.gz"),
              resource(base + "train-labels-idx1-ubyte.gz"), Path.of(base + "train-images"), Path.of(base + "train-labels")),
          dataset("fashion-mnist-subset/test", resource(base + "t10k-images-idx3-ubyte.gz"),
              resource(base + "t10k-labels-idx1-ubyte.gz"), Path.of(base + "t10k-images"), Path.of(base + "t10k-labels")));
    } catch (IOException e) {
      throw new IllegalStateException("the embedded Fashion-MNIST subset is unreadable; the nn-core jar is damaged", e);
    }
  }

  private static IdxArray resource(String name) throws IOException {
    try (InputStream in = MnistData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the nn-core jar");
      }
      return IdxReader.read(in, name);
    }
  }

  /** Checks that an images file and a labels file form one MNIST data set and wraps them. */
  public static ImageDataset dataset(String name, IdxArray images, IdxArray labels, Path imagesFile, Path labelsFile)
      throws IdxFormatException {
    if (images.rank() != 3) {
      throw new IdxFormatException(
          imagesFile + ": magic number " + IdxReader.hex(IdxArray.magicFor(images.rank())) + " with dimensions "
              + Arrays.toString(images.dims()) + ", expected 0x00000803 (images: count, rows, columns)");
    }
    if (labels.rank() != 1) {
      throw new IdxFormatException(
          labelsFile + ": magic number " + IdxReader.hex(IdxArray.magicFor(labels.rank())) + " with dimensions "
              + Arrays.toString(labels.dims()) + ", expected 0x00000801 (labels: count)");
    }
    if (images.dim(0) != labels.dim(0)) {
      throw new IdxFormatException(
          imagesFile + " holds " + images.dim(0) + " images but " + labelsFile + " holds " + labels.dim(0)
              + " labels; they must come from the same split");
    }
    int maxLabel = 0;
    for (byte b : labels.data()) {
      maxLabel = Math.max(maxLabel, b & 0xff);
    }
    int classes = Math.max(10, maxLabel + 1);
    if (maxLabel > 9) {
      throw new IdxFormatException(
          labelsFile + ": label " + maxLabel + " found; MNIST-format labels are classes 0 to 9");
    }
    return new ImageDataset(name, images.data(), labels.data(), 1, images.dim(1), images.dim(2), classes);
  }
}
