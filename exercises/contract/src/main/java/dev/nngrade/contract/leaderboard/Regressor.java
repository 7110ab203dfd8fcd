package dev.nngrade.contract.leaderboard;

/**
 * 回帰モデル（講義001 レポート課題: 平均絶対誤差で順位付け） / a regression model for a leaderboard
 * ranked by mean absolute error. The submission's class {@code dev.nngrade.student.RegressorImpl}
 * implements it with a public no-argument constructor that loads its trained weights.
 *
 * <p>The grader calls it in batches of at most 100 rows, in the hidden data's order, on one thread.
 *
 * <p>入力 / input: {@code x[N][features]} as the assignment describes its data. 出力 / output: {@code
 * [N][targets]} finite predictions; the grader computes {@code mean |y − t|} over every element.
 */
public interface Regressor {
  /** 予測値 {@code [N][targets]} / the predictions. */
  double[][] predict(double[][] x);
}
