package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.LinearityContract;

/** 公開テスト（課題: linearity）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=LinearityTests}. */
class LinearityTests extends LinearityContract {}
