package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.LinearityHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class LinearityStrengthTests extends LinearityHiddenTests {}
