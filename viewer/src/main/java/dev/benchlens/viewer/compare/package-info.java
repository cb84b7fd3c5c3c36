/**
 * The comparison area: its model (core's comparison of the chosen runs, the filters, the rows shown), the table,
 * filters, summary and exports.
 */
package dev.benchlens.viewer.compare;
