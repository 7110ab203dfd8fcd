package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.DropoutHiddenTests;
import dev.nngrade.strength.JudgedLocally;

/** The hidden suite as a course with these conventions grades (the contract checks the course's form only). */
@JudgedLocally(conventions = "dropout=inverted")
class DropoutInvertedStrengthTests extends DropoutHiddenTests {}
