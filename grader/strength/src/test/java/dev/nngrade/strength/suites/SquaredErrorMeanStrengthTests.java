package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.SquaredErrorHiddenTests;
import dev.nngrade.strength.JudgedLocally;

/** The hidden suite as a course with these conventions grades (the contract checks the course's form only). */
@JudgedLocally(conventions = "squared-error=mean")
class SquaredErrorMeanStrengthTests extends SquaredErrorHiddenTests {}
