package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.SoftmaxClassifierContract;

/** 公開テスト（課題: classify）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=SoftmaxClassifierTests}. */
class SoftmaxClassifierTests extends SoftmaxClassifierContract {}
