/**
 * Gradescope's autograder: the zip {@code nngrade export gradescope} writes ({@link
 * dev.nngrade.grader.gradescope.AutograderExport}), the run of one submission inside Gradescope's
 * container ({@link dev.nngrade.grader.gradescope.Autograder}) with what it reads of
 * {@code submission_metadata.json} ({@link dev.nngrade.grader.gradescope.SubmissionMetadata}), and
 * the {@code results.json} both it and {@code grade} write ({@link
 * dev.nngrade.grader.output.GradescopeResults}).
 */
package dev.nngrade.grader.gradescope;
