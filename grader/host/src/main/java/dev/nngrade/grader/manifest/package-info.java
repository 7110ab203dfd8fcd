/**
 * The manifest of hidden tests: discovered in the host from the assignment's suites, never taken
 * from the child. Its own package because judging (which runs the reference on the same tests) and
 * scoring (which weighs them) both read it, and neither may depend on the other's.
 */
package dev.nngrade.grader.manifest;
