/**
 * Scoring: the host's own manifest of the hidden tests (discovered in the host, never reported by
 * the child), points per test from the assignment, the canary check, the late policy, and the
 * scorecard they make.
 */
package dev.nngrade.grader.scoring;
