package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.AffineTransformHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class AffineTransformStrengthTests extends AffineTransformHiddenTests {}
