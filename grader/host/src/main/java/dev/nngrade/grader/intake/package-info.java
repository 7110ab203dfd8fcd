/**
 * Intake: finds the submissions in a folder (jars, zips of jars, folders of jars), validates each
 * jar with caps on sizes and entries, and rebuilds it from its class files in the students'
 * package only, so that nothing else a jar carries (services, configuration, shadow classes,
 * native libraries) reaches the child JVM.
 */
package dev.nngrade.grader.intake;
