package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.SoftmaxWithLossContract;

/** 公開テスト（課題: softmax-loss）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=SoftmaxWithLossTests}. */
class SoftmaxWithLossTests extends SoftmaxWithLossContract {}
