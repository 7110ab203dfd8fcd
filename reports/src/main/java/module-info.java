/** Rendering of nngrade's results: SVG charts and the HTML reports of scorecards (Velocity). */
module dev.nngrade.reports {
  requires velocity.engine.core;
  requires com.fasterxml.jackson.databind;
  requires transitive dev.nngrade.contract;

  exports dev.nngrade.reports.svg;
  exports dev.nngrade.reports.html;

  // Velocity instantiates the escaping handler and calls the template helpers by reflection
  opens dev.nngrade.reports.html.internal to velocity.engine.core;
}
