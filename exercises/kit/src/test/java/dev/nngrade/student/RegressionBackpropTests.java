package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.RegressionBackpropContract;

/** 公開テスト（課題: backprop2）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=RegressionBackpropTests}. */
class RegressionBackpropTests extends RegressionBackpropContract {}
