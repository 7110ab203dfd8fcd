package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.GradientDescentContract;

/** 公開テスト（課題: gd-step）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=GradientDescentTests}. */
class GradientDescentTests extends GradientDescentContract {}
