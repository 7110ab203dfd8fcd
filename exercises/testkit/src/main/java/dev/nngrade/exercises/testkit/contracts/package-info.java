/**
 * One contract test class per exercise. Each holds the lectures' worked examples, small cases
 * worked out by hand, and properties checked on seeded random inputs; the student kit runs them as
 * they are (visible inputs), hidden suites extend them with their own seeds and cases.
 */
package dev.nngrade.exercises.testkit.contracts;
