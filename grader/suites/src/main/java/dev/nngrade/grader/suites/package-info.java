/**
 * Hidden suites: {@code <Exercise>HiddenTests} extends the exercise's contract with the seeds the
 * grader gives each test, more random cases, edge cases, and judged checks that the host compares
 * with the reference solution (see the testkit's {@code Judge}: the reference never enters the
 * sandbox); {@link dev.nngrade.grader.suites.CanaryTests} holds the canary that must fail and the
 * control that must pass.
 */
package dev.nngrade.grader.suites;
