package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.TwoLayerNetworkContract;

/** 公開テスト（課題: two-layer-net）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=TwoLayerNetworkTests}. */
class TwoLayerNetworkTests extends TwoLayerNetworkContract {}
