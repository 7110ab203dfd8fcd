/**
 * リーダーボード課題の契約 / the contract of leaderboard submissions. A submission provides a trained
 * model ({@link dev.nngrade.contract.leaderboard.ImageClassifier} or {@link
 * dev.nngrade.contract.leaderboard.Regressor}) and its weights as {@code .nnw} resources written with
 * {@link dev.nngrade.contract.leaderboard.Weights}. The grader loads the model in a sandbox and asks it
 * for predictions only; the metrics (cross-entropy, accuracy, mean absolute error) are computed by the
 * grader on hidden data the model never sees the answers of.
 */
package dev.nngrade.contract.leaderboard;
