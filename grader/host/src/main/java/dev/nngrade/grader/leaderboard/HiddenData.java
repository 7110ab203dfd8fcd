package dev.nngrade.grader.leaderboard;

import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.init.Seeds;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The hidden rows a leaderboard is scored on: the inputs (which a model sees), the answers (which
 * stay in the host), and which rows are public. A fixed seed permutes the rows and the first part of
 * the permutation is public, so the split is the same in every run and unknown to students.
 *
 * <p>Image classification reads the test split of MNIST-format files (the embedded Fashion-MNIST
 * subset, Debian's full set, or any folder); regression reads a CSV (features, then the target in the
 * last column) or generates lecture 002's task {@code y = 2 x0 + 3 x1} with {@code x} uniform in
 * {@code [0, 1)²}.
 */
public final class HiddenData {
  private final String name;
  private final double[][] inputs;
  private final int[] labels;
  private final double[][] targets;
  private final boolean[] isPublic;
  private final String fingerprint;
  private final ImageDataset train;
  private final List<Path> answerFolders;

  private HiddenData(String name, double[][] inputs, int[] labels, double[][] targets, LeaderboardSpec.Split split, ImageDataset train, List<Path> answerFolders) {
    this.name = name;
    this.inputs = inputs;
    this.labels = labels;
    this.targets = targets;
    this.train = train;
    this.answerFolders = List.copyOf(answerFolders);
    int n = inputs.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    RandomGenerator g = Seeds.generator(split.seed(), "leaderboard-split");
    for (int i = n - 1; i > 0; i--) {
      int j = g.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int publicRows = Math.max(1, Math.min(n - 1, (int) Math.round(n * split.publicFraction())));
    this.isPublic = new boolean[n];
    for (int i = 0; i < publicRows; i++) {
      isPublic[order[i]] = true;
    }
    this.fingerprint = fingerprint(inputs, labels, targets, isPublic);
  }

  /** Loads the data the spec names; {@code base} resolves relative paths (the assignment file's folder). */
  public static HiddenData load(LeaderboardSpec spec, Path base) throws IOException {
    if (spec.classification()) {
      MnistData data;
      List<Path> folders = new ArrayList<>();
      if (spec.data().equals("embedded")) {
        data = MnistData.embedded();
      } else {
        Path folder = base.resolve(spec.data());
        data = MnistData.fromFolder(folder);
        folders.add(folder.toAbsolutePath().normalize());
      }
      ImageDataset test = data.test();
      int n = spec.rows() == null ? test.size() : Math.min(spec.rows(), test.size());
      int[] idx = new int[n];
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
        labels[i] = test.label(i);
      }
      double[] flat = test.images(idx);
      int per = test.pixelsPerImage();
      double[][] x = new double[n][];
      for (int i = 0; i < n; i++) {
        x[i] = java.util.Arrays.copyOfRange(flat, i * per, (i + 1) * per);
      }
      return new HiddenData(test.name(), x, labels, null, spec.split(), data.train(), folders);
    }
    if (spec.data().equals("lecture-002")) {
      int n = spec.rows() == null ? 1000 : spec.rows();
      RandomGenerator g = Seeds.generator(spec.split().seed(), "leaderboard-data");
      double[][] x = new double[n][2];
      double[][] t = new double[n][1];
      for (int i = 0; i < n; i++) {
        x[i][0] = g.nextDouble();
        x[i][1] = g.nextDouble();
        t[i][0] = 2 * x[i][0] + 3 * x[i][1];
      }
      return new HiddenData("lecture-002: y = 2 x0 + 3 x1", x, null, t, spec.split(), null, List.of());
    }
    Path csv = base.resolve(spec.data());
    return csv(csv, spec);
  }

  private static HiddenData csv(Path file, LeaderboardSpec spec) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, "regression data: expected a CSV file (a header, then features and the target in the last column) or lecture-002");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 3) {
      throw new IOException(file + ": " + lines.size() + " lines; expected a header and at least two rows");
    }
    int cols = lines.get(0).split(",", -1).length;
    if (cols < 2) {
      throw new IOException(file + ": the header has " + cols + " column; expected features and a target");
    }
    int n = spec.rows() == null ? lines.size() - 1 : Math.min(spec.rows(), lines.size() - 1);
    double[][] x = new double[n][cols - 1];
    double[][] t = new double[n][1];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",", -1);
      if (f.length != cols) {
        throw new IOException(file + ": line " + (i + 2) + " has " + f.length + " fields; the header has " + cols);
      }
      for (int j = 0; j < cols; j++) {
        double v;
        try {
          v = Double.parseDouble(f[j].trim());
        } catch (NumberFormatException e) {
          throw new IOException(file + ": line " + (i + 2) + ", column " + (j + 1) + ": '" + f[j] + "' is not a number", e);
        }
        if (j < cols - 1) {
          x[i][j] = v;
        } else {
          t[i][0] = v;
        }
      }
    }
    return new HiddenData(file.getFileName().toString(), x, null, t, spec.split(), null, List.of(file.toAbsolutePath().normalize().getParent()));
  }

  private static String fingerprint(double[][] x, int[] labels, double[][] targets, boolean[] isPublic) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      ByteBuffer b = ByteBuffer.allocate(8);
      for (double[] row : x) {
        for (double v : row) {
          d.update(b.clear().putDouble(v).array());
        }
      }
      if (labels != null) {
        for (int l : labels) {
          d.update((byte) l);
        }
      }
      if (targets != null) {
        for (double[] row : targets) {
          for (double v : row) {
            d.update(b.clear().putDouble(v).array());
          }
        }
      }
      for (boolean p : isPublic) {
        d.update((byte) (p ? 1 : 0));
      }
      return HexFormat.of().formatHex(d.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String name() {
    return name;
  }

  /** The rows a model sees: never an answer. */
  public double[][] inputs() {
    return inputs;
  }

  public int size() {
    return inputs.length;
  }

  /** Class labels (image classification), or null. */
  public int[] labels() {
    return labels;
  }

  /** Targets {@code [N][1]} (regression), or null. */
  public double[][] targets() {
    return targets;
  }

  public boolean isPublic(int row) {
    return isPublic[row];
  }

  public int publicRows() {
    int n = 0;
    for (boolean p : isPublic) {
      n += p ? 1 : 0;
    }
    return n;
  }

  /** Identifies the rows, answers and split: history rows of other data are not mixed in. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The training split the baselines learn from (image classification), or null. */
  public ImageDataset train() {
    return train;
  }

  /** Folders on this machine that hold the answers: hidden from the sandbox. */
  public List<Path> answerFolders() {
    return answerFolders;
  }
}
