/**
 * The command line: {@code nngrade grade | check | validate-suite | validate-assignment | leaderboard | demo | train | bench}.
 * Commands parse options, call the stage that does the work and print what it tells them.
 */
package dev.nngrade.grader.cli;
