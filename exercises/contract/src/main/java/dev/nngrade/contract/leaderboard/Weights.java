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
 * doubles row by row. A matrix without values is {@code 0 × 0}.
 */
public final class Weights {
  /** The first four bytes of every {@code .nnw} file. */
  public static final int MAGIC = 0x4e4e5731; // "NNW1"
  /** More values than this in one file is a damaged or hostile file, not a course model. */
  public static final long MAX_VALUES = 16L << 20;
  /** Rows or columns of one matrix at most: a dimension no course model reaches, and one whose products fit a long. */
  public static final int MAX_DIMENSION = 1 << 24;
  /**
   * What one row costs against {@link #MAX_VALUES} besides its values: a row is an array of its own, so
   * {@code 2147483647 × 0} would otherwise pass as empty and still allocate two billion arrays.
   */
  public static final int ROW_COST = 2;
  /** Values of a row allocated before any is read; longer rows grow as they are read. */
  private static final int ROW_CHUNK = 1 << 12;
  /** Matrices in one file at most. */
  public static final int MAX_MATRICES = 10_000;

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
      if (m.length > 0 && cols == 0) {
        throw new IllegalArgumentException(e.getKey() + ": " + m.length + " rows of no values; a matrix without values is new double[0][0]");
      }
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
   * Reads one {@code .nnw} stream. A wrong magic number, a negative or oversized count or size and a
   * truncated file are errors that name what was expected. Every size is checked before anything is
   * allocated for it ({@link #MAX_DIMENSION} rows or columns, {@link #MAX_VALUES} values in all, a
   * row counting {@link #ROW_COST} values besides its own; a matrix without values is 0×0). The
   * arrays grow as the values are read, so a file that declares more than it holds costs a small
   * multiple of what it holds, never what it declares.
   */
  public static Map<String, double[][]> read(InputStream in) throws IOException {
    Map<String, double[][]> out = new LinkedHashMap<>();
    parse(in, out);
    return out;
  }

  /**
   * The number of values in one {@code .nnw} stream, checked exactly as {@link #read} checks it but
   * without keeping any value: what the grader needs to know of a submission's weights.
   */
  public static long count(InputStream in) throws IOException {
    return parse(in, null);
  }

  /**
   * One row of {@code cols} values, in an array that grows as the values arrive: a row declared with
   * millions of values in a file that holds a few costs what the file holds, not what it declares.
   */
  private static double[] readRow(DataInputStream d, int cols) throws IOException {
    double[] row = new double[Math.min(cols, ROW_CHUNK)];
    for (int j = 0; j < cols; j++) {
      if (j == row.length) {
        row = java.util.Arrays.copyOf(row, (int) Math.min(cols, 2L * row.length));
      }
      row[j] = d.readDouble();
    }
    return row;
  }

  /** Parses a stream into {@code out} (or only checks it, when {@code out} is null); returns its number of values. */
  private static long parse(InputStream in, Map<String, double[][]> out) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in));
    try {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException(String.format(java.util.Locale.ROOT, "not a .nnw weights file: magic 0x%08x, expected 0x%08x (\"NNW1\"); write it with Weights.write", magic, MAGIC));
      }
      int count = d.readInt();
      if (count < 0 || count > MAX_MATRICES) {
        throw new IOException(".nnw weights file: " + count + " matrices; expected 0 to " + MAX_MATRICES);
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      long values = 0;
      long cost = 0;
      for (int k = 0; k < count; k++) {
        String name = d.readUTF();
        int rows = d.readInt();
        int cols = d.readInt();
        // each size alone first, so that the products below are exact in a long
        if (rows < 0 || cols < 0 || rows > MAX_DIMENSION || cols > MAX_DIMENSION) {
          throw new IOException(".nnw weights file: matrix " + name + " is " + rows + "×" + cols + "; expected sizes from 0 to " + MAX_DIMENSION);
        }
        if ((rows == 0) != (cols == 0)) {
          // 0 × n would read as 0 × 0 and lose n; n × 0 would cost n arrays while the file holds no byte for them
          throw new IOException(".nnw weights file: matrix " + name + " is " + rows + "×" + cols + "; a matrix without values is 0×0");
        }
        cost += (long) rows * ((long) cols + ROW_COST);
        if (cost > MAX_VALUES) {
          throw new IOException(".nnw weights file: matrix " + name + " is " + rows + "×" + cols + "; expected at most " + MAX_VALUES
              + " values in all (each row counting " + ROW_COST + " more)");
        }
        if (!names.add(name)) {
          throw new IOException(".nnw weights file: matrix " + name + " appears twice");
        }
        values += (long) rows * cols;
        // the table of rows grows like a row, each row having at least one value to read
        double[][] m = out == null ? null : new double[Math.min(rows, ROW_CHUNK)][];
        for (int i = 0; i < rows; i++) {
          if (m != null) {
            if (i == m.length) {
              m = java.util.Arrays.copyOf(m, (int) Math.min(rows, 2L * m.length));
            }
            m[i] = readRow(d, cols);
          } else {
            for (int j = 0; j < cols; j++) {
              d.readDouble();
            }
          }
        }
        if (out != null) {
          out.put(name, m);
        }
      }
      return values;
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
