package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.SquaredErrorHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class SquaredErrorStrengthTests extends SquaredErrorHiddenTests {}
