package dev.nngrade.nn.backend;

import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * The argument checks of every {@link Backend} kernel, shared by all backends so that each reports
 * a caller's mistake with the same message, naming the kernel and the shapes involved.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class KernelChecks {
  private KernelChecks() {}

  /** The sizes of a (possibly batched) matrix product: {@code c[batch][m][n] = op(a) op(b)} over {@code k}. */
  public record Gemm(int batch, int m, int n, int k, boolean aBatched, boolean bBatched) {}

  public static Gemm gemm(boolean transA, boolean transB, Tensor a, Tensor b, Tensor c) {
    int batch = c.shape().rank() == 3 ? c.shape().dim(0) : 1;
    Checks.check(
        (c.shape().rank() == 2 || c.shape().rank() == 3) && fits(a, c) && fits(b, c),
        () -> "gemm: a " + a.shape() + ", b " + b.shape() + " and c " + c.shape()
            + " must be matrices, or c a batch [B, rows, cols] with a and b each a batch of the same B or one matrix");
    int ar = a.shape().dim(-2), ac = a.shape().dim(-1), br = b.shape().dim(-2), bc = b.shape().dim(-1);
    int m = transA ? ac : ar, k = transA ? ar : ac, kb = transB ? bc : br, n = transB ? br : bc;
    if (k != kb || c.shape().dim(-2) != m || c.shape().dim(-1) != n) {
      throw new IllegalArgumentException(
          "gemm: cannot multiply " + (transA ? "a^T" : "a") + " (a is " + a.shape() + ") by " + (transB ? "b^T" : "b")
              + " (b is " + b.shape() + ") into c " + c.shape() + ": expected inner dimensions to agree and c to be ["
              + m + ", " + n + "]");
    }
    return new Gemm(batch, m, n, k, a.shape().rank() == 3, b.shape().rank() == 3);
  }

  private static boolean fits(Tensor x, Tensor c) {
    int r = x.shape().rank();
    return r == 2 || (r == 3 && c.shape().rank() == 3 && x.shape().dim(0) == c.shape().dim(0));
  }

  /** {@code out} holds {@code rows} rows of equal length. */
  public static void rows(String op, Tensor out, int rows) {
    Checks.check(rows > 0 && out.size() % rows == 0, () -> op + ": shape " + out.shape() + " does not split into " + rows + " rows");
  }

  public static void columns(String op, Tensor c, int j0, int j1) {
    Checks.rank(op, "c", c, 2, "(a matrix)");
    Checks.check(0 <= j0 && j0 < j1 && j1 <= c.shape().dim(1),
        () -> op + ": columns [" + j0 + ", " + j1 + ") are not inside c " + c.shape());
  }

  /** {@code x} seen as {@code [outer, dim, inner]} around {@code axis}. */
  public record Axis(int outer, int dim, int inner) {}

  public static Axis axis(String op, Tensor x, int axis, Tensor vector, String vectorName) {
    if (axis < 0 || axis >= x.shape().rank()) {
      throw new IllegalArgumentException(op + ": axis " + axis + " does not exist in x " + x.shape());
    }
    int dim = x.shape().dim(axis);
    int inner = 1;
    for (int i = axis + 1; i < x.shape().rank(); i++) {
      inner *= x.shape().dim(i);
    }
    int in = inner;
    Checks.check(vector.size() == dim,
        () -> op + ": " + vectorName + " has shape " + vector.shape() + ", expected " + dim + " elements along axis " + axis
            + " of x " + x.shape());
    return new Axis(x.size() / (dim * in), dim, in);
  }

  public static void biasColumns(Tensor x, Tensor bias, int j0, int j1) {
    Checks.rank("addBiasColumnsInPlace", "x", x, 2, "(a matrix)");
    int cols = x.shape().dim(1);
    Checks.check(bias.size() == cols && 0 <= j0 && j0 < j1 && j1 <= cols,
        () -> "addBiasColumnsInPlace: bias " + bias.shape() + " and columns [" + j0 + ", " + j1 + ") do not fit x " + x.shape());
  }

  public static void mapColumns(Activation f, Tensor x, Tensor out, int j0, int j1) {
    Checks.sameShape("mapColumns(" + f + ")", "x", x, "out", out);
    int cols = x.shape().rowSize();
    Checks.check(0 <= j0 && j0 < j1 && j1 <= cols,
        () -> "mapColumns: columns [" + j0 + ", " + j1 + ") are not inside rows of " + cols + " (x is " + x.shape() + ")");
  }

  public static void mapBackward(Activation f, Tensor x, Tensor y, Tensor dout, Tensor dx) {
    String op = "mapBackward(" + f + ")";
    Checks.sameShape(op, "x", x, "y", y);
    Checks.sameShape(op, "x", x, "dout", dout);
    Checks.sameShape(op, "x", x, "dx", dx);
  }

  public static void zip(BinaryOp op, Tensor a, Tensor b, Tensor out) {
    Checks.sameShape("zip(" + op + ")", "a", a, "b", b);
    Checks.sameShape("zip(" + op + ")", "a", a, "out", out);
  }

  public static void matrix(String op, Tensor x) {
    Checks.rank(op, "x", x, 2, "(a matrix: one row per sample)");
  }

  /** Whether {@code target} is one-hot ({@code [N, K]}, true) or labels ({@code [N]}, false) for {@code rows x cols} scores. */
  public static boolean oneHot(String op, Tensor target, int rows, int cols) {
    if (target.shape().equals(Shape.of(rows, cols))) {
      return true;
    }
    Checks.check(target.size() == rows && target.shape().rank() == 1,
        () -> op + ": target has shape " + target.shape() + ", expected one-hot [" + rows + ", " + cols + "] or labels [" + rows + "]");
    return false;
  }

  /** The class indices of a label vector, or a message naming the first bad one. */
  public static int[] labels(String op, double[] t, int cols) {
    int[] labels = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      double v = t[i];
      int label = (int) v;
      if (label != v || label < 0 || label >= cols) {
        throw new IllegalArgumentException(op + ": label " + v + " at row " + i + " is not a class index in [0, " + cols + ")");
      }
      labels[i] = label;
    }
    return labels;
  }

  public static Shape image(ConvGeometry g) {
    return Shape.of(g.batch(), g.channels(), g.height(), g.width());
  }

  public static Shape columns(ConvGeometry g) {
    return Shape.of(g.batch(), g.patchSize(), g.outHeight() * g.outWidth());
  }

  public static Shape pooled(ConvGeometry g) {
    return Shape.of(g.batch(), g.channels(), g.outHeight(), g.outWidth());
  }

  public static void im2col(Tensor x, ConvGeometry g, Tensor cols) {
    Checks.shape("im2col", "x", x, image(g));
    Checks.shape("im2col", "cols", cols, columns(g));
  }

  public static void col2im(Tensor cols, ConvGeometry g, Tensor dx) {
    Checks.shape("col2im", "cols", cols, columns(g));
    Checks.shape("col2im", "dx", dx, image(g));
  }

  public static void maxPoolForward(Tensor x, ConvGeometry g, Tensor out, Tensor argmax) {
    Checks.shape("maxPoolForward", "x", x, image(g));
    Checks.shape("maxPoolForward", "out", out, pooled(g));
    Checks.shape("maxPoolForward", "argmax", argmax, pooled(g));
  }

  public static void maxPoolBackward(Tensor dout, Tensor argmax, ConvGeometry g, Tensor dx) {
    Checks.shape("maxPoolBackward", "dout", dout, pooled(g));
    Checks.shape("maxPoolBackward", "argmax", argmax, pooled(g));
    Checks.shape("maxPoolBackward", "dx", dx, image(g));
  }

  public static void adam(Tensor p, Tensor g, Tensor m, Tensor v, int t) {
    update("adamStep", p, g, m, v);
    Checks.check(t >= 1, () -> "adamStep: step t is 1-based, got " + t);
  }

  public static void update(String op, Tensor p, Tensor g, Tensor... state) {
    Checks.sameShape(op, "parameter", p, "gradient", g);
    for (Tensor s : state) {
      Checks.sameShape(op, "parameter", p, "state", s);
    }
  }
}
