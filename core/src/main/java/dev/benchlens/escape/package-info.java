/**
 * Text from files made safe to show: one line, no control characters, cut to a length, for terminals, tables and
 * Markdown.
 */
package dev.benchlens.escape;
