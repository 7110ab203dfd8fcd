/** Charts as self-contained SVG documents, written the same on every machine. */
package dev.nngrade.reports.svg;
