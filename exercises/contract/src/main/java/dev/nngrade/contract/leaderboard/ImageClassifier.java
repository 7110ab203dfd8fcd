package dev.nngrade.contract.leaderboard;

/**
 * 画像分類器（講義004 MNIST、リーダーボード「テストデータでの損失」） / an image classifier for a
 * leaderboard. The submission's class {@code dev.nngrade.student.ImageClassifierImpl} implements it with a
 * public no-argument constructor that loads its trained weights (for example with {@link
 * Weights#load(Class, String)}).
 *
 * <p>The grader calls it in batches of at most 100 rows, in the hidden data's order, on one thread.
 *
 * <p>入力 / input: {@code images[N][784]}, each row a 28×28 image flattened row by row with pixel values
 * {@code 0..255} divided by 255 (the textbook's {@code normalize=True}, {@code flatten=True}).
 *
 * <p>出力 / output: {@code [N][10]} class probabilities (the softmax output, as {@code
 * TwoLayerNetwork.predict} returns it): every value finite and in {@code [0, 1]}, every row summing to 1
 * within 1e-6. The grader ranks by the cross-entropy {@code −mean log(p[label] + 1e-7)} and also shows
 * the accuracy; a result of another shape, a NaN or a row that is not a distribution makes the entry
 * invalid, with the row and the reason.
 */
public interface ImageClassifier {
  /** クラスごとの確率 {@code [N][10]} / the probability of each class for each image. */
  double[][] classProbabilities(double[][] images);
}
