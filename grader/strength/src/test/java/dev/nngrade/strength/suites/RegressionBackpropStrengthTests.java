package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.RegressionBackpropHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class RegressionBackpropStrengthTests extends RegressionBackpropHiddenTests {}
