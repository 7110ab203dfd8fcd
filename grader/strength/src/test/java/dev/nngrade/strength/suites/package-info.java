/**
 * The strength tests: every hidden suite class, judged locally, once per convention its contract
 * reads from the course (squared error, Adam, dropout), since a course grades only its own form.
 * PIT runs the classes named {@code *StrengthTests} here.
 */
package dev.nngrade.strength.suites;
