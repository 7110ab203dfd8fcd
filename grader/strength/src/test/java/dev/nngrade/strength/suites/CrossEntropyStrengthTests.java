package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.CrossEntropyHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class CrossEntropyStrengthTests extends CrossEntropyHiddenTests {}
