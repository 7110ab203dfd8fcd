package dev.nngrade.student;

import dev.nngrade.exercises.testkit.contracts.ConvolutionContract;

/** 公開テスト（課題: convolution）。 Public tests: the lecture's examples and easy cases; {@code mvn test -Dtest=ConvolutionTests}. */
class ConvolutionTests extends ConvolutionContract {}
