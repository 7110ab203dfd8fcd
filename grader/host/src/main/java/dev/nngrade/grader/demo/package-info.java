/**
 * The demo class: submissions built on the spot from bundled sources (the kit's skeleton with a
 * student's files laid over it), compiled with the JDK's compiler against the contract: honest,
 * partly wrong, untouched, and hostile ones from sandbox.md's catalogue.
 */
package dev.nngrade.grader.demo;
