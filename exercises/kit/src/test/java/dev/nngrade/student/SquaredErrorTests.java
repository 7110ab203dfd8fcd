package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.SquaredErrorContract;

/** 公開テスト（課題: squared-error）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=SquaredErrorTests}. */
class SquaredErrorTests extends SquaredErrorContract {}
