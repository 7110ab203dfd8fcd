package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.GraphContract;

/** 公開テスト（課題: graph）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=GraphTests}. */
class GraphTests extends GraphContract {}
