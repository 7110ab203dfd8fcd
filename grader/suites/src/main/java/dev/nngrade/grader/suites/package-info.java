/**
 * Hidden suites: {@code <Exercise>HiddenTests} extends the exercise's contract with {@link
 * dev.nngrade.grader.suites.HiddenSeeds}, more random cases, edge cases and comparisons with the
 * reference solution; {@link dev.nngrade.grader.suites.CanaryTests} holds the canary that must fail
 * and the control that must pass.
 */
package dev.nngrade.grader.suites;
