/** Rendering of nngrade's results: charts as SVG (reports, scorecards and leaderboards follow with the grader). */
module dev.nngrade.reports {
  exports dev.nngrade.reports.svg;
}
