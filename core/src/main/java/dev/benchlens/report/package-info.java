/** Comparisons, run summaries and check results as Markdown, text, CSV and JSON: thin views of core's results. */
package dev.benchlens.report;
