package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.ActivationsHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class ActivationsStrengthTests extends ActivationsHiddenTests {}
