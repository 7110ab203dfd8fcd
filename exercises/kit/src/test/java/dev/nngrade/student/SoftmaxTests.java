package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.SoftmaxContract;

/** 公開テスト（課題: softmax）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=SoftmaxTests}. */
class SoftmaxTests extends SoftmaxContract {}
