package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.AffineLayerContract;

/** 公開テスト（課題: affine-layer）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=AffineLayerTests}. */
class AffineLayerTests extends AffineLayerContract {}
