package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.SoftmaxClassifierHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class SoftmaxClassifierStrengthTests extends SoftmaxClassifierHiddenTests {}
