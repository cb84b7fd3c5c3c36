/**
 * The comparison of a baseline with candidates: rows, ratios, verdicts, bands, geometric means and warnings, as a pure
 * function of runs.
 */
package dev.benchlens.compare;
