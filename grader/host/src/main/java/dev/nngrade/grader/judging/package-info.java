/**
 * Judging: what decides a test's verdict in the host. The hidden tests run once per class with the
 * reference solution here, in the host, on the inputs each test's seed gives ({@link
 * dev.nngrade.grader.judging.ReferenceRun}); the values their judged checks produce are the expected
 * values ({@link dev.nngrade.grader.judging.Expectations}). A child sends only the submission's
 * values, and {@link dev.nngrade.grader.judging.Verdicts} compares them check by check. Seeds come
 * from a master seed that never enters a sandbox ({@link dev.nngrade.grader.judging.MasterSeed}).
 */
package dev.nngrade.grader.judging;
