package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.AffineTransformContract;

/** 公開テスト（課題: affine）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=AffineTransformTests}. */
class AffineTransformTests extends AffineTransformContract {}
