/**
 * Leaderboards: hidden data split into a public and a private part, prediction runs of a
 * submission's model in the sandbox, metrics computed here from the predictions, track rules checked
 * on the jar and the run, the history of every evaluated submission (SQLite), the standings with
 * their policy, daily limit, tie rule and pseudonyms, the reference baselines, and the pages.
 */
package dev.nngrade.grader.leaderboard;
