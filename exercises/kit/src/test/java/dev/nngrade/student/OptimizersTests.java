package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.OptimizersContract;

/** 公開テスト（課題: optimizers）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=OptimizersTests}. */
class OptimizersTests extends OptimizersContract {}
