/**
 * The charts of a comparison and the model they are views of (which chart, its options, the rows, the mark, the
 * theme).
 */
package dev.benchlens.viewer.charts;
