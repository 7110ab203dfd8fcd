package dev.nngrade.grader.suites.visible;

import dev.nngrade.exercises.testkit.contracts.DropoutContract;

/** The public tests, as the student kit runs them (visible seed and cases), for {@code nngrade check}. */
public class DropoutPublicTests extends DropoutContract {}
