package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.NumericalGradientHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class NumericalGradientStrengthTests extends NumericalGradientHiddenTests {}
