package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.AffineLayerHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class AffineLayerStrengthTests extends AffineLayerHiddenTests {}
