/** Exports of a chart as PNG and of a comparison as core's CSV and Markdown, written atomically. */
package dev.benchlens.viewer.export;
