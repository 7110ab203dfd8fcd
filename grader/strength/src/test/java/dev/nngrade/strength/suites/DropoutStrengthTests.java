package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.DropoutHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class DropoutStrengthTests extends DropoutHiddenTests {}
