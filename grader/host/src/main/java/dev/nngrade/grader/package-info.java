/**
 * The grader: {@link dev.nngrade.grader.Grader} takes submissions through the pipeline stages
 * named by the sub-packages: intake → sandbox → results → scoring → output.
 */
package dev.nngrade.grader;
