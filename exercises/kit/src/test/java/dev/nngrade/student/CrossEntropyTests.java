package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.CrossEntropyContract;

/** 公開テスト（課題: cross-entropy）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=CrossEntropyTests}. */
class CrossEntropyTests extends CrossEntropyContract {}
