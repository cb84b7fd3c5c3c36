/** A history's change points as Markdown, text, CSV and JSON. */
package dev.benchlens.report.history;
