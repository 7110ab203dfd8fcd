package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.RegressionTrainingHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class RegressionTrainingStrengthTests extends RegressionTrainingHiddenTests {}
