package dev.nngrade.contract.train;

/** 学習データとテストデータ / training and test inputs {@code [N][in]} with one-hot targets {@code [N][K]}. */
public record TrainingData(double[][] xTrain, double[][] tTrain, double[][] xTest, double[][] tTest) {}
