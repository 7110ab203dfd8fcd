package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.ActivationsContract;

/** 公開テスト（課題: activations）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=ActivationsTests}. */
class ActivationsTests extends ActivationsContract {}
