/**
 * The grader. A class run ({@link dev.nngrade.grader.grading.ClassRun}) takes submissions through the
 * stages named by the sub-packages: intake → sandbox → results → judging (against the {@code manifest}) → scoring → output, with
 * leaderboards beside scoring; {@code cli} only parses options and prints.
 */
package dev.nngrade.grader;
