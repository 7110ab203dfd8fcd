/** The {@code nngrade} command line: picocli commands over the reference implementation. */
package dev.nngrade.cli;
