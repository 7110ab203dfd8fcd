package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.OptimizersHiddenTests;
import dev.nngrade.strength.JudgedLocally;

/** The hidden suite as a course with these conventions grades (the contract checks the course's form only). */
@JudgedLocally(conventions = "adam=epsilon-inside-root")
class OptimizersEpsilonInsideRootStrengthTests extends OptimizersHiddenTests {}
