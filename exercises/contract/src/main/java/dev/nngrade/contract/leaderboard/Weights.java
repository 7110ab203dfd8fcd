package dev.nngrade.contract.leaderboard;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 学習済みパラメータの保存形式 {@code .nnw} / the file format of trained weights: named matrices in the
 * {@code Map<String, double[][]>} form the exercises use ({@code W1}, {@code b1}, …). Submissions put
 * their weights in {@code .nnw} resources beside their classes ({@code dev/nngrade/student/*.nnw}); the
 * grader keeps only those resources and counts a model's parameters from them.
 *
 * <p>Layout (big-endian, as {@link DataOutputStream} writes): the magic {@code "NNW1"}, the number of
 * matrices, then per matrix its name ({@code writeUTF}), rows, columns and {@code rows × columns}
 * doubles row by row.
 */
public final class Weights {
  /** The first four bytes of every {@code .nnw} file. */
  public static final int MAGIC = 0x4e4e5731; // "NNW1"
  /** More values than this in one file is a damaged or hostile file, not a course model. */
  public static final long MAX_VALUES = 16L << 20;

  private Weights() {}

  /** Writes {@code params} (in their iteration order) to {@code out}. */
  public static void write(Map<String, double[][]> params, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
    d.writeInt(MAGIC);
    d.writeInt(params.size());
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] m = e.getValue();
      int cols = m.length == 0 ? 0 : m[0].length;
      d.writeUTF(e.getKey());
      d.writeInt(m.length);
      d.writeInt(cols);
      for (int i = 0; i < m.length; i++) {
        if (m[i].length != cols) {
          throw new IllegalArgumentException(e.getKey() + ": row " + i + " has " + m[i].length + " values, row 0 has " + cols + "; a weight matrix must be rectangular");
        }
        for (double v : m[i]) {
          d.writeDouble(v);
        }
      }
    }
    d.flush();
  }

  /** Writes {@code params} to {@code file} (for example {@code src/main/resources/dev/nngrade/student/model.nnw}). */
  public static void write(Map<String, double[][]> params, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(params, out);
    }
  }

  /**
   * Reads one {@code .nnw} stream. A wrong magic number, a negative or oversized count and a truncated
   * file are errors that name what was expected.
   */
  public static Map<String, double[][]> read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in));
    try {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException(String.format(java.util.Locale.ROOT, "not a .nnw weights file: magic 0x%08x, expected 0x%08x (\"NNW1\"); write it with Weights.write", magic, MAGIC));
      }
      int count = d.readInt();
      if (count < 0 || count > 10_000) {
        throw new IOException(".nnw weights file: " + count + " matrices; expected 0 to 10000");
      }
      Map<String, double[][]> out = new LinkedHashMap<>();
      long values = 0;
      for (int k = 0; k < count; k++) {
        String name = d.readUTF();
        int rows = d.readInt();
        int cols = d.readInt();
        values += (long) rows * cols;
        if (rows < 0 || cols < 0 || values > MAX_VALUES) {
          throw new IOException(".nnw weights file: matrix " + name + " is " + rows + "×" + cols + "; expected non-negative sizes and at most " + MAX_VALUES + " values in all");
        }
        if (out.containsKey(name)) {
          throw new IOException(".nnw weights file: matrix " + name + " appears twice");
        }
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
          for (int j = 0; j < cols; j++) {
            row[j] = d.readDouble();
          }
        }
        out.put(name, m);
      }
      return out;
    } catch (EOFException e) {
      throw new IOException(".nnw weights file is truncated (it ends before the sizes it declares)", e);
    }
  }

  /** Reads the resource {@code name} beside {@code owner} (e.g. {@code load(ImageClassifierImpl.class, "model.nnw")}). */
  public static Map<String, double[][]> load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the weights resource " + name + " is not beside " + owner.getName()
            + "; put it in src/main/resources/" + owner.getPackageName().replace('.', '/') + "/" + name);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(owner.getName() + ": " + name + ": " + e.getMessage(), e);
    }
  }

  /** The number of values in {@code params}: a model's parameter count. */
  public static long count(Map<String, double[][]> params) {
    long n = 0;
    for (double[][] m : params.values()) {
      for (double[] row : m) {
        n += row.length;
      }
    }
    return n;
  }
}
