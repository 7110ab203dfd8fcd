package dev.nngrade.strength;

import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.Tolerance;

/** One judged check as a test made it: its label, the value it saw, and the suite's tolerance and hint. */
record JudgedValue(String what, Observed value, Tolerance tolerance, String hintKey) {}
