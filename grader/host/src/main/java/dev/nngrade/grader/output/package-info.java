/**
 * What grading writes: {@code scorecard.json} (own schema), Gradescope's {@code results.json},
 * {@code timings.json}, and the class's {@code grades.csv}; every file is written to a temporary
 * name and moved into place, so a killed grader leaves either the old file or the new one.
 */
package dev.nngrade.grader.output;
