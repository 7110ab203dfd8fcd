package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.MiniBatchTrainingContract;

/** 公開テスト（課題: minibatch-train）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=MiniBatchTrainingTests}. */
class MiniBatchTrainingTests extends MiniBatchTrainingContract {}
