package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.NumericalGradientContract;

/** 公開テスト（課題: numerical-gradient）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=NumericalGradientTests}. */
class NumericalGradientTests extends NumericalGradientContract {}
