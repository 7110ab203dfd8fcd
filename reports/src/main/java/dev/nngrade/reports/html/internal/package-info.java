/** What the templates and Velocity call by reflection: the escaping handler and the number formats. Not exported. */
package dev.nngrade.reports.html.internal;
