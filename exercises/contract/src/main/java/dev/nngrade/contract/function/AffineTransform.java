package dev.nngrade.contract.function;

/**
 * 総入力（アフィン変換） / the total input of a layer (affine map).
 *
 * <p>講義000・講義002 確認テスト3 {@code u = np.dot(W, x) + b}（列ベクトル）と、講義001・002・004 の行ベクトルのバッチ
 * {@code U = XW + b}。 Lecture 000 and lecture 002 確認テスト3 use column vectors, lectures 001, 002 and
 * 004 batches of row vectors; both are asked for.
 */
public interface AffineTransform {
  /**
   * 列ベクトル形式 {@code u_i = Σ_j W[i][j] x[j] + b[i]}。 Column form.
   *
   * @param w 重み / weights, shape {@code [out][in]}
   * @param x 入力 / input, shape {@code [in]}
   * @param b バイアス / bias, shape {@code [out]}
   * @return {@code u}, shape {@code [out]}
   * @throws IllegalArgumentException 形が合わないとき / when the shapes do not fit
   */
  double[] column(double[][] w, double[] x, double[] b);

  /**
   * 行ベクトルのバッチ {@code U[n][j] = Σ_i X[n][i] W[i][j] + b[j]}。 Row-vector batch form.
   *
   * @param x 入力 / inputs, shape {@code [N][in]}
   * @param w 重み / weights, shape {@code [in][out]}
   * @param b バイアス（各行に加える） / bias added to every row, shape {@code [out]}
   * @return {@code U}, shape {@code [N][out]}
   * @throws IllegalArgumentException 形が合わないとき / when the shapes do not fit
   */
  double[][] rows(double[][] x, double[][] w, double[] b);
}
