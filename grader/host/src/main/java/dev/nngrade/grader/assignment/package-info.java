/** Assignments: which exercises, how many points, the course's conventions, limits and deadline, read from JSON. */
package dev.nngrade.grader.assignment;
