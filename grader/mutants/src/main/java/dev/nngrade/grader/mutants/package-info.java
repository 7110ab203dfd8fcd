/** The mutants' catalogue; each mutant is a sub-package with its one changed class. */
package dev.nngrade.grader.mutants;
