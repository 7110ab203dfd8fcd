/** The command line: {@code nngrade grade | check | validate-suite | demo | train | bench}. */
package dev.nngrade.grader.cli;
