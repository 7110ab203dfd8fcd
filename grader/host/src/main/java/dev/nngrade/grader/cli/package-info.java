/** The command line: {@code nngrade grade | check | validate-suite | validate-assignment | leaderboard | demo | train | bench}. */
package dev.nngrade.grader.cli;
