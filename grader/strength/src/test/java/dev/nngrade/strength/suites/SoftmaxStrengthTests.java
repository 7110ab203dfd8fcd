package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.SoftmaxHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class SoftmaxStrengthTests extends SoftmaxHiddenTests {}
