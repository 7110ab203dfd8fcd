/**
 * Suite validation: an assignment's hidden suites graded against the reference solution, the
 * untouched skeleton and the catalogue's mutants, before any student sees them.
 */
package dev.nngrade.grader.validation;
