/**
 * What every contract test stands on: finding the implementation under test ({@link
 * dev.nngrade.exercises.testkit.Implementations}), assertions whose failure messages a student can
 * act on ({@link dev.nngrade.exercises.testkit.Expect}), the course's conventions ({@link
 * dev.nngrade.exercises.testkit.Course}) and numerical helpers.
 */
package dev.nngrade.exercises.testkit;
