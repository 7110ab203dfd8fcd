/**
 * A model solution of every exercise, written the way a strong student writes it: plain loops over
 * arrays from the contracts' Javadoc and the lectures, nothing from nn-core or the reference. Each
 * class stands alone (no helper shared between exercises), so that PIT's mutants of one exercise are
 * killed, or not, by that exercise's hidden suite only. It rejects what the contracts say must be
 * rejected (shapes in the function package, gradient descent's maps) and checks nothing else: a check
 * no contract asks for has mutants that no correct suite may kill, and they would only blur the
 * measure. Like a submission, it is a package on the class path, not a module.
 */
package dev.nngrade.model;
