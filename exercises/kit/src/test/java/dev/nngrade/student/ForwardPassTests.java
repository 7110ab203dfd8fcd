package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.ForwardPassContract;

/** 公開テスト（課題: forward3）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=ForwardPassTests}. */
class ForwardPassTests extends ForwardPassContract {}
