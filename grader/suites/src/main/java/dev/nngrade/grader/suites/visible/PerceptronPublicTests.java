package dev.nngrade.grader.suites.visible;

import dev.nngrade.exercises.testkit.contracts.PerceptronContract;

/** The public tests, as the student kit runs them (visible seed and cases), for {@code nngrade check}. */
public class PerceptronPublicTests extends PerceptronContract {}
