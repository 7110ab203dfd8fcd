/**
 * A model solution of every exercise, written the way a strong student writes it: plain loops over
 * arrays from the contracts' Javadoc and the lectures, nothing from nn-core or the reference. Each
 * class stands alone (no helper shared between exercises), so that PIT's mutants of one exercise are
 * killed, or not, by that exercise's hidden suite only. Like a submission, it is an unnamed package
 * on the class path, not a module.
 */
package dev.nngrade.model;
