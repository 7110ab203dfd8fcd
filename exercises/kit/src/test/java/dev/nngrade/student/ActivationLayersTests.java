package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.ActivationLayersContract;

/** 公開テスト（課題: act-layers）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=ActivationLayersTests}. */
class ActivationLayersTests extends ActivationLayersContract {}
