package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.ForwardPassHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class ForwardPassStrengthTests extends ForwardPassHiddenTests {}
