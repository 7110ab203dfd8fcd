package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.ActivationLayersHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class ActivationLayersStrengthTests extends ActivationLayersHiddenTests {}
