package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.GraphHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class GraphStrengthTests extends GraphHiddenTests {}
