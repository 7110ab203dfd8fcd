package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.PerceptronContract;

/** 公開テスト（課題: perceptron）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=PerceptronTests}. */
class PerceptronTests extends PerceptronContract {}
