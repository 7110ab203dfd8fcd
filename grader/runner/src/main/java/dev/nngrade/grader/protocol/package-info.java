/**
 * The wire protocol between host and child: the run request (stdin, line based) and the events
 * (one JSON object per line, each with an HMAC-SHA256 over the run's key), shared by both sides.
 */
package dev.nngrade.grader.protocol;
