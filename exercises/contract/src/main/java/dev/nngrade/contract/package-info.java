/**
 * The exercise catalogue ({@link dev.nngrade.contract.Exercise}) and the student's language. An
 * implementation of interface {@code X} is the public, non-final class {@code XImpl} in package
 * {@code dev.nngrade.student} (the grader watches some calls through a subclass, so {@code final}
 * would fail those checks).
 */
package dev.nngrade.contract;
