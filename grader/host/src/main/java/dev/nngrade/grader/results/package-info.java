/**
 * Results: what came back from one run, read from the child's frames (only frames with the run's
 * MAC, in sequence, count; see the runner's protocol package). A run that ended without its end
 * event is a crash or a timeout, with the test that was running named.
 */
package dev.nngrade.grader.results;
