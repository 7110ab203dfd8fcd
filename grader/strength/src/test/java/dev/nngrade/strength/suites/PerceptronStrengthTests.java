package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.PerceptronHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class PerceptronStrengthTests extends PerceptronHiddenTests {}
