/**
 * Runs inside the child JVM ({@link dev.nngrade.grader.runner.ChildMain}). Nothing here trusts
 * student code: messages are read only from exception classes of trusted named modules, every
 * result leaves as an authenticated event the moment it is known, and the JVM halts at the end.
 */
package dev.nngrade.grader.runner;
