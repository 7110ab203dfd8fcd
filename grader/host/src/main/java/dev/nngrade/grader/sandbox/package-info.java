/**
 * The sandbox: one fresh child JVM per run, started with the hardening flags of sandbox.md §0
 * (named modules for everything trusted, native access and Unsafe denied, no agents), inside
 * bubblewrap where the machine has it, under wall-clock and inactivity limits with output caps and
 * a process-tree kill.
 */
package dev.nngrade.grader.sandbox;
