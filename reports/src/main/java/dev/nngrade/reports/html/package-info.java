/**
 * HTML reports of scorecards, rendered with Velocity from {@code scorecard.json} (the contract
 * between grading and rendering): a student report and a class summary, self-contained (inline CSS
 * and SVG, no scripts, no external resources), with every value a submission could influence escaped.
 */
package dev.nngrade.reports.html;
