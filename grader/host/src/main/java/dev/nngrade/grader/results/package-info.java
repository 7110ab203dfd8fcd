/**
 * Results: what came back from one run, read from the child's event stream. Only lines with a
 * valid MAC and the next sequence number count; a run that ended without its end event is a crash
 * or a timeout, with the test that was running named.
 */
package dev.nngrade.grader.results;
