/** The public tests of the student kit, run by {@code nngrade check} in the sandbox. */
package dev.nngrade.grader.suites.visible;
