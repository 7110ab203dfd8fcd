package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.GradientDescentHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class GradientDescentStrengthTests extends GradientDescentHiddenTests {}
