package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.DropoutContract;

/** 公開テスト（課題: dropout）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=DropoutTests}. */
class DropoutTests extends DropoutContract {}
