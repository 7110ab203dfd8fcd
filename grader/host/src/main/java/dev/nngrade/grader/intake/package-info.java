/**
 * Intake: finds the submissions in the instructor's folder (jars, zips of jars, folders of jars, and
 * the downloads of Moodle, Canvas and Gradescope), takes each student's id from where the file came
 * from ({@link dev.nngrade.grader.intake.IdentityLayout}), optionally checks it against a roster,
 * chooses one of a student's several submissions ({@link dev.nngrade.grader.intake.SelectionPolicy}),
 * unpacks archives with caps, validates each jar with caps on sizes and entries, and rebuilds it from
 * its class files in the students' package only, so that nothing else a jar carries (services,
 * configuration, shadow classes, native libraries) reaches the child JVM. What it decided and
 * skipped is returned as an {@link dev.nngrade.grader.intake.IntakeReport}.
 */
package dev.nngrade.grader.intake;
