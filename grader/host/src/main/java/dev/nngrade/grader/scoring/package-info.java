/**
 * Scoring: the points each test of the manifest carries in the assignment, the canary check, the
 * late policy, and the scorecard they make.
 */
package dev.nngrade.grader.scoring;
