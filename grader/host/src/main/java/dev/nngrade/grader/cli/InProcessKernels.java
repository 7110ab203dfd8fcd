package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignments;

/**
 * A command that may run the reference's kernels (nn-core) in the grader's own JVM, and so needs the
 * Vector API there (see {@link VectorModule}); asked after its options are parsed.
 */
interface InProcessKernels {
  /** Whether this invocation does; a command that cannot tell (an assignment that does not load) says no and reports the problem itself. */
  boolean needsKernels();

  /** Whether grading {@code assignment} does: a leaderboard section loads its hidden data and trains its baselines with nn-core. */
  static boolean forAssignment(String assignment) {
    try {
      return Assignments.load(assignment).leaderboard() != null;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
