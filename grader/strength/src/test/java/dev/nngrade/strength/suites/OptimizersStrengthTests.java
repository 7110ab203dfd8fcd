package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.OptimizersHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class OptimizersStrengthTests extends OptimizersHiddenTests {}
