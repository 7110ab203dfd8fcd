package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.SoftmaxWithLossHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class SoftmaxWithLossStrengthTests extends SoftmaxWithLossHiddenTests {}
