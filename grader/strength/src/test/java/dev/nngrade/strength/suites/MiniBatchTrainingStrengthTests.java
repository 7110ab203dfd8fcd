package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.MiniBatchTrainingHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class MiniBatchTrainingStrengthTests extends MiniBatchTrainingHiddenTests {}
