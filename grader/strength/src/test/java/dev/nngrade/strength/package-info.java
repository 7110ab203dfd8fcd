/**
 * The local judge: the hidden suites' judged checks ({@code Judge.same}) compared in this JVM, as the
 * grader's host compares them, with what the reference solution produced at the same check of the same
 * test. Strength tests ({@code suites}) are the hidden suite classes with the judge registered; PIT runs
 * them against mutants of the model solution.
 */
package dev.nngrade.strength;
