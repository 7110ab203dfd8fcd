package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.RegressionTrainingContract;

/** 公開テスト（課題: regression-train）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=RegressionTrainingTests}. */
class RegressionTrainingTests extends RegressionTrainingContract {}
