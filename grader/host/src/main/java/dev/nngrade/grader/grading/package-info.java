/**
 * Grading: what flows through here is a class of submissions and then each submission. {@link
 * dev.nngrade.grader.grading.ClassRun} takes a folder through intake, the sandbox check and the
 * reference's run to N sandboxes side by side; {@link dev.nngrade.grader.grading.Grader} grades one
 * submission, whose tests {@code TestRuns} runs in as many child JVMs as crashes and timeouts need,
 * within the submission's one time budget.
 */
package dev.nngrade.grader.grading;
